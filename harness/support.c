// SPDX-License-Identifier: GPL-2.0
/* The features a kernel may lack and the judgment of a refusal (support.h).
 * Versions and options are read from the kernel source: where a request
 * is compiled in only under an option (kernel/ptrace.c keeps the regset
 * requests and PTRACE_GET_SYSCALL_INFO under CONFIG_HAVE_ARCH_TRACEHOOK),
 * that option is listed. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

#include "support.h"
#include "kconfig.h"

/* The options that make an arch's own requests exist: user-mode Linux
 * builds x86 user code without being CONFIG_X86. */
#if defined(__aarch64__)
#define ARCH_OPTION "CONFIG_ARM64"
#define SYSEMU_SINCE "5.3"
#else
#define ARCH_OPTION "CONFIG_X86"
#define SYSEMU_SINCE "2.6.14"
#endif

static const struct ptc_feature_info features[PTC_FEAT_COUNT] = {
	[PTC_FEAT_REGSETS] = { "PTRACE_GETREGSET and PTRACE_SETREGSET", "2.6.34",
			       "CONFIG_HAVE_ARCH_TRACEHOOK" },
	[PTC_FEAT_GET_SYSCALL_INFO] = { "PTRACE_GET_SYSCALL_INFO", "5.3",
					"CONFIG_HAVE_ARCH_TRACEHOOK" },
	[PTC_FEAT_SET_SYSCALL_INFO] = { "PTRACE_SET_SYSCALL_INFO", "6.16",
					"CONFIG_HAVE_ARCH_TRACEHOOK" },
	[PTC_FEAT_PEEKSIGINFO] = { "PTRACE_PEEKSIGINFO", "3.10", "" },
	[PTC_FEAT_SIGMASK] = { "PTRACE_GETSIGMASK and PTRACE_SETSIGMASK", "3.11", "" },
	[PTC_FEAT_RSEQ_CONFIGURATION] = { "PTRACE_GET_RSEQ_CONFIGURATION", "5.13", "CONFIG_RSEQ" },
	[PTC_FEAT_SUD_CONFIG] = { "PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG", "6.4",
				  "CONFIG_GENERIC_ENTRY" },
	[PTC_FEAT_SUD_INCLUSIVE] = { "syscall user dispatch mode PR_SYS_DISPATCH_INCLUSIVE_ON",
				     "6.17", "CONFIG_GENERIC_ENTRY" },
	[PTC_FEAT_SECCOMP_FILTER] = { "seccomp filters", "3.5", "CONFIG_SECCOMP_FILTER" },
	[PTC_FEAT_SUSPEND_SECCOMP] = { "PTRACE_O_SUSPEND_SECCOMP", "4.3",
				       "CONFIG_SECCOMP CONFIG_CHECKPOINT_RESTORE" },
	[PTC_FEAT_SECCOMP_GET_FILTER] = { "PTRACE_SECCOMP_GET_FILTER", "4.4",
					  "CONFIG_SECCOMP_FILTER CONFIG_CHECKPOINT_RESTORE" },
	[PTC_FEAT_SECCOMP_GET_METADATA] = { "PTRACE_SECCOMP_GET_METADATA", "4.16",
					    "CONFIG_SECCOMP_FILTER CONFIG_CHECKPOINT_RESTORE" },
	[PTC_FEAT_SYSEMU] = { "PTRACE_SYSEMU", SYSEMU_SINCE, ARCH_OPTION },
	[PTC_FEAT_SINGLEBLOCK] = { "PTRACE_SINGLEBLOCK", "2.6.25", "CONFIG_X86" },
	[PTC_FEAT_X86_XSTATE] = { "the NT_X86_XSTATE regset", "2.6.35", "CONFIG_X86" },
	[PTC_FEAT_X86_SHSTK] = { "x86 user shadow stacks (ARCH_SHSTK_*, NT_X86_SHSTK)", "6.6",
				 "CONFIG_X86_USER_SHADOW_STACK" },
	[PTC_FEAT_X86_SHSTK_UNLOCK] = { "ARCH_SHSTK_UNLOCK through PTRACE_ARCH_PRCTL", "6.6",
					"CONFIG_X86_USER_SHADOW_STACK CONFIG_CHECKPOINT_RESTORE" },
};

const struct ptc_feature_info *ptc_feature(enum ptc_feature f)
{
	return &features[f];
}

static const char *errno_text(int err)
{
	static char buf[32];

	/* Only the few errnos that signal absence. */
	switch (err) {
	case EIO: return "EIO";
	case EINVAL: return "EINVAL";
	case ENODEV: return "ENODEV";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	case ENOSYS: return "ENOSYS";
	default:
		snprintf(buf, sizeof(buf), "errno %d", err);
		return buf;
	}
}

enum ptc_refusal ptc_judge_refusal(enum ptc_feature f, int err, char *why, size_t len)
{
	const struct ptc_feature_info *info = &features[f];
	char options[256], missing[256] = "", present[256] = "", cfg_why[512], val[64];
	int have[3], since[3];
	bool version_known = ptc_kernel_version(have);
	bool config_known = ptc_kconfig_load(cfg_why, sizeof(cfg_why));
	struct utsname u;
	char *save, *opt;

	uname(&u);
	ptc_parse_version(info->since, since);
	if (version_known && ptc_version_cmp(have, since) < 0) {
		snprintf(why, len, "%s: not supported by this kernel (added in %s; this is %s)",
			 info->what, info->since, u.release);
		return PTC_REFUSAL_EXPLAINED;
	}
	snprintf(options, sizeof(options), "%s", info->config);
	for (opt = strtok_r(options, " ", &save); config_known && opt;
	     opt = strtok_r(NULL, " ", &save)) {
		char *list = ptc_kconfig_value(opt, val, sizeof(val)) ? present : missing;
		size_t n = strlen(list);

		snprintf(list + n, sizeof(missing) - n, "%s%s%s%s", n ? ", " : "", opt,
			 list == present ? "=" : "", list == present ? val : "");
	}
	if (missing[0]) {
		snprintf(why, len, "%s: not supported by this kernel (built without %s, per %s)",
			 info->what, missing, ptc_kconfig_source());
		return PTC_REFUSAL_EXPLAINED;
	}
	if (info->config[0] && !config_known) {
		snprintf(why, len,
			 "%s: not supported by this kernel (could not verify: it needs %s, and %s)",
			 info->what, info->config, cfg_why);
		return PTC_REFUSAL_UNVERIFIED;
	}
	if (!version_known) {
		snprintf(why, len,
			 "%s: not supported by this kernel (could not verify: release '%s' has no version)",
			 info->what, u.release);
		return PTC_REFUSAL_UNVERIFIED;
	}
	snprintf(why, len, "regressed: %s >= %s%s%s, yet %s fails with %s", u.release, info->since,
		 present[0] ? " and " : "", present, info->what, errno_text(err));
	return PTC_REFUSAL_REGRESSED;
}

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The requests and options a kernel may lack, each with the version that
 * added it and the config options that provide it (all must be set).
 *
 * A case finds support by behaviour (EIO for an unknown request on a valid
 * stopped tracee), never from uname. The refusal is then judged: where the
 * kernel's version is older than the feature, or its config lacks an
 * option, it is "unsupported" with that explanation; where the config
 * cannot be read it is "unsupported", saying it could not be verified; a
 * kernel whose version and config both say the feature is there has
 * regressed, and the case fails saying so. A feature present before its
 * version (a backport) simply passes.
 */
#ifndef PTC_SUPPORT_H
#define PTC_SUPPORT_H

#include <stddef.h>

enum ptc_feature {
	PTC_FEAT_REGSETS,
	PTC_FEAT_GET_SYSCALL_INFO,
	PTC_FEAT_SET_SYSCALL_INFO,
	PTC_FEAT_PEEKSIGINFO,
	PTC_FEAT_SIGMASK,
	PTC_FEAT_RSEQ_CONFIGURATION,
	PTC_FEAT_SUD_CONFIG,
	PTC_FEAT_SUD_INCLUSIVE,
	PTC_FEAT_SECCOMP_FILTER,
	PTC_FEAT_SUSPEND_SECCOMP,
	PTC_FEAT_SECCOMP_GET_FILTER,
	PTC_FEAT_SECCOMP_GET_METADATA,
	PTC_FEAT_SYSEMU,
	PTC_FEAT_SINGLEBLOCK,
	PTC_FEAT_X86_XSTATE,
	PTC_FEAT_X86_SHSTK,
	PTC_FEAT_X86_SHSTK_UNLOCK,
	PTC_FEAT_COUNT
};

struct ptc_feature_info {
	const char *what;	/* "PTRACE_GET_SYSCALL_INFO" */
	const char *since;	/* "5.3" */
	const char *config;	/* "CONFIG_A CONFIG_B", or "" where no option gates it */
};

const struct ptc_feature_info *ptc_feature(enum ptc_feature f);

enum ptc_refusal {
	PTC_REFUSAL_EXPLAINED,	/* version or config: unsupported */
	PTC_REFUSAL_UNVERIFIED,	/* the config could not be read: unsupported, saying so */
	PTC_REFUSAL_REGRESSED,	/* version and config say it is there: a failure */
};

/* Judge a refusal of f with errno err; why gets the sentence for the
 * result ("PTRACE_GET_SYSCALL_INFO: not supported by this kernel (...)" or
 * "regressed: ..."). */
enum ptc_refusal ptc_judge_refusal(enum ptc_feature f, int err, char *why, size_t len);

#endif

// SPDX-License-Identifier: GPL-2.0
/* Installing classic-BPF seccomp filters (see seccomp-filter.h). */
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>

#include "../harness/ptc.h"
#include "seccomp-filter.h"
#include "syscalls.h"

#ifndef PR_SET_NO_NEW_PRIVS
#define PR_SET_NO_NEW_PRIVS 38
#endif

static int install(struct sock_filter *insns, unsigned short len)
{
	struct sock_fprog prog = { .len = len, .filter = insns };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == -1)
		return -1;
	return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0);
}

int ptc_seccomp_filter_one(long nr, uint32_t action)
{
	struct sock_filter insns[] = {
		/* Another ABI's syscall numbers mean other syscalls: allow. */
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, PTC_AUDIT_ARCH, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, PTC_SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (uint32_t)nr, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, action),
		BPF_STMT(BPF_RET | BPF_K, PTC_SECCOMP_RET_ALLOW),
	};

	return install(insns, sizeof(insns) / sizeof(insns[0]));
}

int ptc_seccomp_allow_all(void)
{
	struct sock_filter insns[] = {
		BPF_STMT(BPF_RET | BPF_K, PTC_SECCOMP_RET_ALLOW),
	};

	return install(insns, 1);
}

int ptc_seccomp_strict(void)
{
	return prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0, 0, 0);
}

long ptc_suspend_seccomp(long request, pid_t pid, unsigned long options)
{
	long r = PTRACE(request, pid, 0, options | PTRACE_O_SUSPEND_SECCOMP);

	REQUIRE_SUPPORTED(r, EINVAL,
			  "PTRACE_O_SUSPEND_SECCOMP (needs CONFIG_CHECKPOINT_RESTORE and CONFIG_SECCOMP)");
	return r;
}

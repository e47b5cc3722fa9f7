// SPDX-License-Identifier: GPL-2.0
#include <linux/seccomp.h>

#include "ptc.h"
#include "regs.h"
#include "seccomp.h"
#include "x86.h"

#if PTC_X86_64

static int filtered(void *arg)
{
	long nrs[] = { SYS_getpid, SYS_getppid };
	uint32_t actions[] = { PTC_SECCOMP_RET_TRACE, PTC_SECCOMP_RET_KILL_PROCESS };

	ptc_no_coredump();
	ASSERT_OK(ptc_seccomp_filter(nrs, actions, 2));
	ptc_raw_syscall6(SYS_getpid, 0, 0, 0, 0, 0, 0);
	return 0;	/* never: the substituted syscall kills */
}
#endif

PTC_CASE(
	.claim = "A syscall substituted at PTRACE_EVENT_SECCOMP that the filter kills "
		 "(RET_KILL_PROCESS) kills the tracee with SIGSYS: the tracer cannot turn an "
		 "allowed-by-trace syscall into a forbidden one",
	.man = "PTRACE_O_TRACESECCOMP",
	.spec = "5.A9",
	.since = "4.14",
	.needs = "arch:x86_64",
	.links = "seccomp_bpf.c TRACE_syscall kill_after; linux-git:ce6526e8afa4",
)
{
#if PTC_X86_64
	pid_t pid;

	ptc_require_seccomp_filter();
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, filtered, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	ptc_pokeuser(pid, PTC_USER_REG(orig_rax), SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_KILLED(pid, SIGSYS);
#endif
}

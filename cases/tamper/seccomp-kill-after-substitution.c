// SPDX-License-Identifier: GPL-2.0
#include <linux/seccomp.h>

#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"
#include "seccomp.h"

static int filtered(void *arg)
{
	long nrs[] = { PAR_NR_getpid, PAR_NR_getppid };
	uint32_t actions[] = { SECCOMP_RET_TRACE, SECCOMP_RET_KILL_PROCESS };

	ptc_no_coredump();
	ASSERT_OK(ptc_seccomp_filter(nrs, actions, 2));
	par_syscall6(PAR_NR_getpid, 0, 0, 0, 0, 0, 0);
	return 0;	/* never: the substituted syscall kills */
}

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
	pid_t pid;

	par_require_seccomp_filter();
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, filtered, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	par_pokeuser(pid, PAR_REG_OFF(orig_rax), PAR_NR_getppid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_KILLED(pid, SIGSYS);
}

// SPDX-License-Identifier: GPL-2.0
#include <linux/seccomp.h>

#include "ptc.h"
#include "seccomp.h"
#include "x86.h"

#if PTC_X86_64

static int filtered(void *arg)
{
	long nr = SYS_getppid;
	uint32_t trace = PTC_SECCOMP_RET_TRACE, kill = PTC_SECCOMP_RET_KILL_PROCESS;

	ptc_no_coredump();
	/* Two filters, one asking for the tracer, one killing. */
	ASSERT_OK(ptc_seccomp_filter(&nr, &trace, 1));
	ASSERT_OK(ptc_seccomp_filter(&nr, &kill, 1));
	ptc_raw_syscall6(SYS_getppid, 0, 0, 0, 0, 0, 0);
	return 0;	/* never */
}
#endif

PTC_CASE(
	.claim = "When one seccomp filter returns RET_TRACE and another RET_KILL_PROCESS for the "
		 "same syscall, the kill wins: the tracer gets no PTRACE_EVENT_SECCOMP, only the "
		 "tracee's PTRACE_EVENT_EXIT and its death by SIGSYS",
	.man = "PTRACE_O_TRACESECCOMP",
	.spec = "5.A9",
	.since = "4.14",
	.needs = "arch:x86_64",
	.links = "seccomp_bpf.c TRACE_syscall kill_immediate",
)
{
#if PTC_X86_64
	pid_t pid;

	ptc_require_seccomp_filter();
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP | PTRACE_O_TRACEEXIT, filtered,
			      NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_KILLED(pid, SIGSYS);
#endif
}

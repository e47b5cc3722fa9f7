// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SINGLESTEP runs the tracee for one instruction: it stops again at once "
		 "with a SIGTRAP whose si_code is TRAP_TRACE, at another instruction pointer",
	.man = "PTRACE_SINGLESTEP",
	.spec = "C115 C116",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_exit_tracee, NULL);
	unsigned long ip = ptc_tracee_ip(pid);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_TRACE);
	EXPECT_NE(ptc_tracee_ip(pid), ip);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

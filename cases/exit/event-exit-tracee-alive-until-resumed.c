// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "In its PTRACE_EVENT_EXIT stop the tracee is still alive: it is in a tracing stop "
		 "(not a zombie), has no exit to report and answers requests; it finishes exiting "
		 "only when resumed",
	.man = "PTRACE_EVENT stops; PTRACE_O_TRACEEXIT",
	.spec = "C260",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_exit_tracee, (void *)3);
	siginfo_t si;
	int status;

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	EXPECT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	EXPECT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 3);
}

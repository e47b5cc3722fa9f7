// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "After PTRACE_LISTEN in a group-stop the tracee stays stopped; SIGCONT ends the "
		 "group-stop and the tracee reports PTRACE_EVENT_STOP with SIGTRAP, then a "
		 "signal-delivery-stop for SIGCONT",
	.man = "PTRACE_LISTEN; Group-stop",
	.spec = "C126 C128",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	int status;

	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, pid, 0, 0));
	/* Listening: nothing to report, and the task is still stopped. */
	ASSERT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	EXPECT_TRUE(strchr("tT", ptc_proc_state(pid)) != NULL);
	ASSERT_OK(kill(pid, SIGCONT));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGCONT);
}

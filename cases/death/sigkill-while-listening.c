// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "SIGKILL sent to a seized tracee that PTRACE_LISTEN left in its group-stop kills "
		 "it: the next report is its death by SIGKILL",
	.man = "Death under ptrace; PTRACE_LISTEN",
	.spec = "C215",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
}

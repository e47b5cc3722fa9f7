// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

PTC_CASE(
	.claim = "PTRACE_DETACH from the PTRACE_EVENT_STOP of a group-stop (PTRACE_SEIZE tracee) "
		 "leaves the process stopped: its parent collects the stop with WUNTRACED and only "
		 "SIGCONT lets it run on",
	.man = "PTRACE_DETACH; Group-stop",
	.spec = "C170",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_seize_blocked(ptc_wait_gate, &gate);

	ASSERT_OK(kill(pid, SIGTSTP));
	ASSERT_SIGNAL_STOP(pid, SIGTSTP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGTSTP));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTSTP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	EXPECT_JOB_STOPPED(pid, SIGTSTP, &gate);
}

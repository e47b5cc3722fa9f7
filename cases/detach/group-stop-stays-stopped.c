// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

PTC_CASE(
	.claim = "PTRACE_DETACH from a group-stop (PTRACE_ATTACH tracee) leaves the process "
		 "stopped: it sits in a job-control stop its parent can collect with WUNTRACED, "
		 "and only SIGCONT lets it run on",
	.man = "PTRACE_DETACH; Group-stop",
	.spec = "C170",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_start(PTC_ATTACH, 0, ptc_wait_gate, &gate);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	EXPECT_JOB_STOPPED(pid, SIGSTOP, &gate);
}

// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_DETACH from a group-stop ignores the signal in data: nothing is left "
		 "pending, and after SIGCONT the process runs on without ever handling it",
	.man = "PTRACE_DETACH; Attaching and detaching",
	.spec = "C169 C170",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_start(PTC_ATTACH, 0, ptc_wait_gate_or_handle, &gate);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, SIGUSR2));
	ptc_wait_state(pid, "T");
	EXPECT_FALSE(ptc_proc_has_signal(pid, "SigPnd", SIGUSR2));
	EXPECT_FALSE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR2));
	/* Exit code 0: SIGUSR2 was never handled. */
	EXPECT_JOB_STOPPED(pid, SIGSTOP, &gate);
}

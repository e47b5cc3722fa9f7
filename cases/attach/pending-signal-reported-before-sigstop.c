// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"
#include "signals.h"

PTC_CASE(
	.claim = "A signal already pending for a thread when PTRACE_ATTACH queues its SIGSTOP can "
		 "be reported first: a pending SIGUSR1 gets its signal-delivery-stop before the "
		 "attach SIGSTOP, and reinjecting it then suppressing the SIGSTOP delivers it once",
	.man = "Attaching and detaching",
	.spec = "C152",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_start_held(&gate);
	/* Sent while the thread cannot take it: it stays pending. */
	ASSERT_OK(ptc_tgkill(pid, pid, SIGUSR1));
	ASSERT_TRUE(ptc_proc_has_signal(pid, "SigPnd", SIGUSR1));
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_TRUE(ptc_proc_has_signal(pid, "SigPnd", SIGSTOP));
	EXPECT_EQ(ptc_proc_state(pid), 'D');
	ptc_gate_open(&gate);
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 1);
}

// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"
#include "signals.h"

PTC_CASE(
	.claim = "A SIGSTOP already pending for the thread when PTRACE_ATTACH queues its own is "
		 "merged with it: the tracer sees one SIGSTOP stop, and suppressing it as the "
		 "attach SIGSTOP loses the other sender's stop",
	.man = "Attaching and detaching",
	.spec = "C153",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_start_held(&gate);
	ASSERT_OK(ptc_tgkill(pid, pid, SIGSTOP));
	ASSERT_TRUE(ptc_proc_has_signal(pid, "SigPnd", SIGSTOP));
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ptc_gate_open(&gate);
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* No second SIGSTOP, no group-stop: it runs on to its exit. */
	ASSERT_EXITED(pid, 0);
}

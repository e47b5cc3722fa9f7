// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"
#include "signals.h"

PTC_CASE(
	.claim = "A process-directed SIGSTOP (kill) pending when PTRACE_ATTACH queues its "
		 "thread-directed one is not merged: after the attach SIGSTOP is suppressed the "
		 "other SIGSTOP is reported too, and injecting it starts a group-stop",
	.man = "Attaching and detaching",
	.spec = "C152 C153",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_start_held(&gate);
	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGSTOP));
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_TRUE(ptc_proc_has_signal(pid, "SigPnd", SIGSTOP));
	ptc_gate_open(&gate);
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
}

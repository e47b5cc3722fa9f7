// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "After PTRACE_TRACEME, raise(SIGSTOP) makes the parent see a signal-delivery-stop "
		 "for SIGSTOP, and suppressing it lets the child run on to its exit",
	.man = "PTRACE_TRACEME; Attaching and detaching",
	.spec = "C010 C011",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	(void)pid;
	ASSERT_OK(PTRACE(PTRACE_KILL, pid, 0, 0));
	ASSERT_KILLED(pid, SIGKILL);
}

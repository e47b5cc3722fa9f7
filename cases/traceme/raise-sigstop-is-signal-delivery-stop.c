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
	/* ptc_start checks the SIGSTOP signal-delivery-stop itself. */
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_exit_tracee, (void *)3);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 3);
}

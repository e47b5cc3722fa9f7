// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_ATTACH stops a process that is running in user space: its next report "
		 "is the SIGSTOP signal-delivery-stop, and suppressing that SIGSTOP lets it run on "
		 "in user space with nothing to report",
	.man = "PTRACE_ATTACH; Attaching and detaching",
	.spec = "C142 C143",
	.variants = "wait",
)
{
	volatile unsigned long *counter = ptc_shared(sizeof(*counter));
	pid_t pid = ptc_fork(ptc_spin, (void *)counter);

	ptc_wait_progress(counter);
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* Back in user space: a SIGSTOP let through would have stopped it first. */
	ptc_wait_progress(counter);
	EXPECT_NO_REPORT(pid, __WALL);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A PTRACE_INTERRUPT trap does not give way to a signal pending at the same "
		 "time: with SIGUSR2 queued and an INTERRUPT issued while the tracee is stopped, "
		 "the tracee resumed reports PTRACE_EVENT_STOP first and SIGUSR2's "
		 "signal-delivery-stop after it",
	.man = "PTRACE_INTERRUPT",
	.spec = "C135 C136",
	.since = "3.4",
	.man_stale = "PTRACE_INTERRUPT reads as if another ptrace-stop generated at the same "
		     "time, e.g. by a signal, happened instead; the kernel takes the interrupt trap "
		     "before it dequeues signals, and both stops happen",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(kill(pid, SIGUSR2));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR2);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "SIGCONT need not be the first signal a woken tracee reports: SIGUSR1 sent to "
		 "a listening group-stopped tracee before SIGCONT gets its signal-delivery-stop "
		 "first once SIGCONT has woken the tracee",
	.man = "Signal injection and suppression; PTRACE_LISTEN",
	.spec = "C242 C128",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	ptc_enter_group_stop(pid, true, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_OK(kill(pid, SIGCONT));
	/* The wake-up trap, then the pending signals, SIGUSR1 first. */
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGCONT);
}

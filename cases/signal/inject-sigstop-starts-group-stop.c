// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "SIGSTOP can be injected in place of the signal a tracee stopped for: "
		 "restarting a SIGUSR1 signal-delivery-stop with SIGSTOP puts the tracee in "
		 "group-stop, and SIGUSR1 is never handled",
	.man = "Signal injection and suppression",
	.spec = "C244 C233 C243",
	.variants = "wait",
)
{
	pid_t pid;

	ptc_count_signal(SIGUSR1, 0);	/* inherited by the tracee */
	pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGSTOP);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
}

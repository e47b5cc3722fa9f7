// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static int raise_usr1(void *arg)
{
	ptc_count_signal(SIGUSR1, SA_RESTART);
	raise(SIGUSR1);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 1);
	return 0;
}

PTC_CASE(
	.claim = "Restarting from a signal-delivery-stop with the same signal number delivers "
		 "that signal: the tracee's handler runs once",
	.man = "Signal injection and suppression",
	.spec = "C233",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, raise_usr1, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
	ASSERT_EXITED(pid, 0);
}

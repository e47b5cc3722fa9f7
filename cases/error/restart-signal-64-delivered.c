// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static int wait_for_64(void *arg)
{
	ptc_count_signal(64, SA_RESTART);
	raise(SIGUSR1);
	EXPECT_GT(ptc_signal_count(64), 0);
	return 0;
}

PTC_CASE(
	.claim = "The highest signal number, 64, is a valid restart signal: injected from a "
		 "signal-delivery-stop it is delivered",
	.man = "PTRACE_CONT; Signal injection and suppression",
	.spec = "C112 C113",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, wait_for_64, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 64));
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static int wait_for_usr1(void *arg)
{
	sigset_t usr1, none;

	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigemptyset(&none);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	while (!ptc_signal_count(SIGUSR1))
		sigsuspend(&none);
	return 0;
}

PTC_CASE(
	.claim = "A signal with a handler stops the tracee in signal-delivery-stop before the "
		 "handler runs; the handler runs only once the tracer injects the signal",
	.man = "Signal-delivery-stop",
	.spec = "C230 C233",
	.variants = "wait",
)
{
	pid_t pid;

	ptc_count_signal(SIGUSR1, 0);	/* inherited by the tracee */
	pid = ptc_start(PTC_SEIZE, 0, wait_for_usr1, NULL);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 1);
}

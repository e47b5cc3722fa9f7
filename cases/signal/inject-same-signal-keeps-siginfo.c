// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static int queue_usr1_to_self(void *arg)
{
	sigqueue(getpid(), SIGUSR1, (union sigval){ .sival_int = 0x77 });
	return 0;
}

PTC_CASE(
	.claim = "Injecting the same signal number as the stop's delivers the original siginfo: "
		 "the handler sees the sender's si_code SI_QUEUE, pid and value, not the tracer",
	.man = "Signal injection and suppression",
	.spec = "C233 C234",
	.variants = "wait",
)
{
	const siginfo_t *si;
	pid_t pid;

	ptc_count_signal(SIGUSR1, 0);	/* inherited by the tracee */
	pid = ptc_start(PTC_TRACEME, 0, queue_usr1_to_self, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
	ASSERT_EXITED(pid, 0);
	ASSERT_EQ(ptc_signal_count(SIGUSR1), 1);
	si = ptc_signal_info(SIGUSR1);
	EXPECT_EQ(si->si_code, SI_QUEUE);
	EXPECT_EQ(si->si_pid, pid);
	EXPECT_EQ(si->si_value.sival_int, 0x77);
}

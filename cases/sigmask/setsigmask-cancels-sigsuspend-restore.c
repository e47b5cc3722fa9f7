// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"

static int suspend(void *arg)
{
	sigset_t after;

	ptc_sigsuspend_for(SIGUSR1, SIGUSR2);
	sigprocmask(SIG_BLOCK, NULL, &after);
	EXPECT_EQ(ptc_signal_count(SIGUSR2), 1);
	/* The tracer's mask, not the one sigsuspend saved. */
	EXPECT_TRUE(sigismember(&after, SIGRTMIN + 4));
	EXPECT_TRUE(sigismember(&after, SIGUSR1));
	EXPECT_FALSE(sigismember(&after, SIGUSR2));
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SETSIGMASK inside sigsuspend cancels the pending restore of the saved "
		 "mask: after the handler returns, the tracee runs with the tracer's mask",
	.man = "PTRACE_SETSIGMASK",
	.spec = "C075",
	.since = "3.11",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, suspend, NULL);
	uint64_t mask = PTC_SIGBIT(SIGUSR1) | PTC_SIGBIT(SIGRTMIN + 4);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_rt_sigsuspend);
	ASSERT_OK(kill(pid, SIGUSR2));
	ASSERT_SIGNAL_STOP(pid, SIGUSR2);
	REQUIRE_SUPPORTED(PTRACE(PTRACE_SETSIGMASK, pid, sizeof(mask), &mask), EIO,
			  PTC_FEAT_SIGMASK);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR2));
	ASSERT_EXITED(pid, 0);
}

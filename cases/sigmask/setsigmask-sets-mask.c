// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int check_mask(void *arg)
{
	sigset_t cur;

	/* kill(2), not raise(3): raise may save and restore the mask around
	 * the stop and undo the tracer's change. */
	kill(getpid(), SIGSTOP);
	sigprocmask(SIG_BLOCK, NULL, &cur);
	EXPECT_TRUE(sigismember(&cur, SIGUSR2));
	EXPECT_TRUE(sigismember(&cur, SIGRTMIN + 5));
	EXPECT_FALSE(sigismember(&cur, SIGUSR1));
	EXPECT_FALSE(sigismember(&cur, SIGTERM));
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SETSIGMASK replaces the tracee's blocked mask: once resumed, the tracee "
		 "finds exactly the signals the tracer blocked blocked",
	.man = "PTRACE_SETSIGMASK",
	.spec = "C072",
	.since = "3.11",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, check_mask, NULL);
	uint64_t mask = PTC_SIGBIT(SIGUSR2) | PTC_SIGBIT(SIGRTMIN + 5);
	uint64_t back = 0;
	long r;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	r = PTRACE(PTRACE_SETSIGMASK, pid, sizeof(mask), &mask);
	REQUIRE_SUPPORTED(r, EIO, PTC_FEAT_SIGMASK);
	ASSERT_EQ(r, 0);
	ASSERT_OK(PTRACE(PTRACE_GETSIGMASK, pid, sizeof(back), &back));
	EXPECT_EQ(back, mask);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static int block_usr2_raise_usr1(void *arg)
{
	sigset_t usr2, pending;

	sigemptyset(&usr2);
	sigaddset(&usr2, SIGUSR2);
	sigprocmask(SIG_BLOCK, &usr2, NULL);
	raise(SIGUSR1);
	/* The tracer injected SIGUSR2 instead: blocked, so queued, not handled. */
	sigpending(&pending);
	EXPECT_TRUE(sigismember(&pending, SIGUSR2));
	EXPECT_EQ(ptc_signal_count(SIGUSR2), 0);
	sigprocmask(SIG_UNBLOCK, &usr2, NULL);
	EXPECT_EQ(ptc_signal_count(SIGUSR2), 1);
	return 0;
}

PTC_CASE(
	.claim = "A signal injected at a signal-delivery-stop that the tracee blocks is queued "
		 "as pending instead of delivered; when the tracee unblocks it, it is reported "
		 "again in a signal-delivery-stop, with the tracer as its sender",
	.man = "Signal injection and suppression",
	.spec = "C235 C234",
	.variants = "wait",
)
{
	pid_t pid;
	siginfo_t si;

	ptc_count_signal(SIGUSR2, 0);	/* inherited by the tracee */
	pid = ptc_start(PTC_TRACEME, 0, block_usr2_raise_usr1, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR2));
	ASSERT_SIGNAL_STOP(pid, SIGUSR2);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, SI_USER);
	EXPECT_EQ(si.si_pid, getpid());
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR2));
	ASSERT_EXITED(pid, 0);
}

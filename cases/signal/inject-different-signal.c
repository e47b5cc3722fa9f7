// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static int raise_usr1(void *arg)
{
	const siginfo_t *usr2_info;

	ptc_count_signal(SIGUSR1, SA_RESTART);
	ptc_count_signal(SIGUSR2, 0);
	raise(SIGUSR1);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
	EXPECT_EQ(ptc_signal_count(SIGUSR2), 1);
	/* A different number than the stop's: the tracer is the sender. */
	usr2_info = ptc_signal_info(SIGUSR2);
	EXPECT_EQ(usr2_info->si_code, SI_USER);
	EXPECT_EQ(usr2_info->si_pid, getppid());
	EXPECT_EQ(usr2_info->si_uid, getuid());
	return 0;
}

PTC_CASE(
	.claim = "Restarting from a signal-delivery-stop with another signal number delivers that "
		 "signal instead; its siginfo shows SI_USER with the tracer's pid and uid",
	.man = "Signal injection and suppression",
	.spec = "C233 C234",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, raise_usr1, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR2));
	ASSERT_EXITED(pid, 0);
}

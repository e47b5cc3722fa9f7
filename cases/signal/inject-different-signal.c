// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static volatile sig_atomic_t usr1, usr2;
static siginfo_t usr2_info;

static void on_usr1(int sig)
{
	usr1++;
}

static void on_usr2(int sig, siginfo_t *si, void *ctx)
{
	usr2++;
	usr2_info = *si;
}

static int raise_usr1(void *arg)
{
	struct sigaction sa = { .sa_sigaction = on_usr2, .sa_flags = SA_SIGINFO };

	signal(SIGUSR1, on_usr1);
	sigaction(SIGUSR2, &sa, NULL);
	raise(SIGUSR1);
	EXPECT_EQ(usr1, 0);
	EXPECT_EQ(usr2, 1);
	/* A different number than the stop's: the tracer is the sender. */
	EXPECT_EQ(usr2_info.si_code, SI_USER);
	EXPECT_EQ(usr2_info.si_pid, getppid());
	EXPECT_EQ(usr2_info.si_uid, getuid());
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

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static siginfo_t seen;
static volatile sig_atomic_t usr1, usr2;

static void on_signal(int sig, siginfo_t *si, void *ctx)
{
	if (sig == SIGUSR1)
		usr1++;
	else
		usr2++;
	seen = *si;
}

static int raise_usr1(void *arg)
{
	struct sigaction sa = { .sa_sigaction = on_signal, .sa_flags = SA_SIGINFO };

	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGUSR2, &sa, NULL);
	raise(SIGUSR1);
	EXPECT_EQ(usr1, 0);
	EXPECT_EQ(usr2, 1);
	EXPECT_EQ(seen.si_signo, SIGUSR2);
	EXPECT_EQ(seen.si_code, SI_QUEUE);
	EXPECT_EQ(seen.si_pid, 1234);
	EXPECT_EQ(seen.si_value.sival_int, 99);
	return 0;
}

PTC_CASE(
	.claim = "A tracer that changes si_signo with PTRACE_SETSIGINFO and restarts with that "
		 "same new number delivers the new signal with the siginfo it wrote, not an "
		 "SI_USER one from the tracer",
	.man = "PTRACE_SETSIGINFO; Signal injection and suppression",
	.spec = "C060 C234",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, raise_usr1, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR2;
	si.si_code = SI_QUEUE;
	si.si_pid = 1234;
	si.si_value.sival_int = 99;
	ASSERT_OK(PTRACE(PTRACE_SETSIGINFO, pid, 0, &si));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR2));
	ASSERT_EXITED(pid, 0);
}

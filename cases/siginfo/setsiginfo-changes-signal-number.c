// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static int raise_usr1(void *arg)
{
	const siginfo_t *seen;

	ptc_count_signal(SIGUSR1, 0);
	ptc_count_signal(SIGUSR2, 0);
	raise(SIGUSR1);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
	EXPECT_EQ(ptc_signal_count(SIGUSR2), 1);
	seen = ptc_signal_info(SIGUSR2);
	EXPECT_EQ(seen->si_signo, SIGUSR2);
	EXPECT_EQ(seen->si_code, SI_QUEUE);
	EXPECT_EQ(seen->si_pid, 1234);
	EXPECT_EQ(seen->si_value.sival_int, 99);
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

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static int raise_usr1(void *arg)
{
	const siginfo_t *seen;

	ptc_count_signal(SIGUSR1, 0);
	raise(SIGUSR1);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 1);
	seen = ptc_signal_info(SIGUSR1);
	EXPECT_EQ(seen->si_signo, SIGUSR1);
	EXPECT_EQ(seen->si_code, SI_QUEUE);
	EXPECT_EQ(seen->si_pid, 4321);
	EXPECT_EQ(seen->si_value.sival_int, 77);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SETSIGINFO at a signal-delivery-stop replaces the siginfo: restarted "
		 "with the same signal, the tracee's handler sees the tracer's si_code, si_pid "
		 "and value instead of the sender's",
	.man = "PTRACE_SETSIGINFO",
	.spec = "C051",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, raise_usr1, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, SI_TKILL);
	si.si_code = SI_QUEUE;
	si.si_pid = 4321;
	si.si_value.sival_int = 77;
	ASSERT_OK(PTRACE(PTRACE_SETSIGINFO, pid, 0, &si));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
	ASSERT_EXITED(pid, 0);
}

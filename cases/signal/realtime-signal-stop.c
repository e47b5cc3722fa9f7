// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A real-time signal sent with sigqueue stops the tracee in signal-delivery-stop "
		 "with WSTOPSIG the real-time signal number; PTRACE_GETSIGINFO shows SI_QUEUE, "
		 "the sender's pid and the queued value",
	.man = "Signal-delivery-stop; PTRACE_GETSIGINFO",
	.spec = "C230 C232 C050",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	siginfo_t si;

	ASSERT_OK(ptc_sigqueue(pid, SIGRTMIN + 2, 0x5eed));
	ASSERT_SIGNAL_STOP(pid, SIGRTMIN + 2);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGRTMIN + 2);
	EXPECT_EQ(si.si_code, SI_QUEUE);
	EXPECT_EQ(si.si_pid, getpid());
	EXPECT_EQ(si.si_value.sival_int, 0x5eed);
}

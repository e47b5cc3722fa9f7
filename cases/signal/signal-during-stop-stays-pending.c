// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A tracee in signal-delivery-stop takes no other signal: SIGUSR2 sent then "
		 "stays pending, nothing is reported and the stop keeps its siginfo; SIGUSR2 is "
		 "reported only after the tracer restarts the tracee",
	.man = "Attaching and detaching; Signal-delivery-stop",
	.spec = "C172 C229",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	siginfo_t si;
	int status;

	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(kill(pid, SIGUSR2));
	/* kill() has queued it: the kernel is done with it for now. */
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR2));
	EXPECT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR2);
}

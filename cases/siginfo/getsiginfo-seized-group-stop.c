// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "In the group-stop of a seized tracee GETSIGINFO succeeds: si_signo is the stop "
		 "signal and si_code the stop signal | PTRACE_EVENT_STOP << 8",
	.man = "PTRACE_GETSIGINFO; Group-stop",
	.spec = "C057",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	siginfo_t si;

	ASSERT_OK(kill(pid, SIGTSTP));
	ASSERT_SIGNAL_STOP(pid, SIGTSTP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGTSTP));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTSTP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTSTP);
	EXPECT_EQ(si.si_code, SIGTSTP | (PTRACE_EVENT_STOP << 8));
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_INTERRUPT on a tracee already in a ptrace-stop leaves that stop as it "
		 "is (same siginfo, nothing new to wait for); once the tracer resumes it, the "
		 "tracee stops again with PTRACE_EVENT_STOP and WSTOPSIG SIGTRAP",
	.man = "PTRACE_INTERRUPT",
	.spec = "C136 C131",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	siginfo_t si;
	int status;

	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	EXPECT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
}

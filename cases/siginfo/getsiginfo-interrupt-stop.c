// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "At the PTRACE_EVENT_STOP that PTRACE_INTERRUPT causes, GETSIGINFO shows "
		 "si_signo SIGTRAP and si_code SIGTRAP | PTRACE_EVENT_STOP << 8",
	.man = "PTRACE_GETSIGINFO; PTRACE_INTERRUPT",
	.spec = "C054 C132",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SIGTRAP | (PTRACE_EVENT_STOP << 8));
}

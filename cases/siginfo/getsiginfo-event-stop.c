// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int exit_now(void *arg)
{
	return 0;
}

PTC_CASE(
	.claim = "At a PTRACE_EVENT stop GETSIGINFO shows si_signo SIGTRAP and si_code "
		 "(event << 8) | SIGTRAP",
	.man = "PTRACE_GETSIGINFO; PTRACE_EVENT stops",
	.spec = "C054",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEEXIT, exit_now, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, (PTRACE_EVENT_EXIT << 8) | SIGTRAP);
}

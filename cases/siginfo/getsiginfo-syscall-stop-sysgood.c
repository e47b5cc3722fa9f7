// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "At a syscall-stop with PTRACE_O_TRACESYSGOOD, GETSIGINFO shows si_signo "
		 "SIGTRAP and si_code SIGTRAP | 0x80",
	.man = "PTRACE_GETSIGINFO; Syscall-stops",
	.spec = "C055",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SIGTRAP | 0x80);
}

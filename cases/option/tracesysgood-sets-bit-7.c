// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "With PTRACE_O_TRACESYSGOOD, syscall-stops report WSTOPSIG SIGTRAP|0x80 and "
		 "GETSIGINFO's si_code is SIGTRAP|0x80",
	.man = "PTRACE_O_TRACESYSGOOD; Syscall-stops",
	.spec = "C099 C055 C268",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);
	struct ptc_stop st;
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	st = ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(WSTOPSIG(st.status), SIGTRAP | 0x80);
	EXPECT_EQ(st.status >> 16, 0);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SIGTRAP | 0x80);
}

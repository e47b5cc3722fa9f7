// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "At a syscall-stop without PTRACE_O_TRACESYSGOOD, GETSIGINFO shows si_signo "
		 "SIGTRAP and si_code SIGTRAP",
	.man = "PTRACE_GETSIGINFO; Syscall-stops",
	.spec = "C055",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	struct ptc_stop st;
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	st = ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(WSTOPSIG(st.status), SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SIGTRAP);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "x86.h"

PTC_CASE(
	.claim = "DR7 may be written before DR0: enabling a write watchpoint whose address is "
		 "still 0 is accepted, and setting DR0 afterwards arms it (the write stops the "
		 "tracee with SIGTRAP)",
	.man = "PTRACE_POKEUSER",
	.spec = "5.B13",
	.needs = "arch:x86_64 hw-breakpoint",
	.links = "ptrace-tests watchpoint-zeroaddr.c",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_write_watched, NULL);

	EXPECT_EQ(ptc_peekuser(pid, PTC_USER_DEBUGREG(0)), 0);
	ptc_pokeuser(pid, PTC_USER_DEBUGREG(7), ptc_dr7_local(0, 1, 8));
	ptc_pokeuser(pid, PTC_USER_DEBUGREG(0), (uintptr_t)&ptc_watched);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	EXPECT_TRUE(ptc_peekuser(pid, PTC_USER_DEBUGREG(6)) & PTC_DR6_B0);
	ptc_pokeuser(pid, PTC_USER_DEBUGREG(7), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

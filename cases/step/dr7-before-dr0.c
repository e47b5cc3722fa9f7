// SPDX-License-Identifier: GPL-2.0
#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"

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
	pid_t pid = ptc_start(PTC_TRACEME, 0, par_write_watched, NULL);

	EXPECT_EQ(par_peekuser(pid, PAR_DR_OFF(0)), 0);
	par_pokeuser(pid, PAR_DR_OFF(7), par_dr7_local(0, 1, 8));
	par_pokeuser(pid, PAR_DR_OFF(0), (uintptr_t)&par_watched);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	EXPECT_TRUE(par_peekuser(pid, PAR_DR_OFF(6)) & PAR_DR6_B0);
	par_pokeuser(pid, PAR_DR_OFF(7), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

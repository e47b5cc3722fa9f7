// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "x86.h"

PTC_CASE(
	.claim = "A write watchpoint set through the debug registers (POKEUSER of u_debugreg[0] "
		 "and u_debugreg[7]) stops the tracee with SIGTRAP, si_code TRAP_HWBKPT, right "
		 "after the write; DR6 read with PEEKUSER shows breakpoint 0 hit. For either x86 "
		 "ABI: a 32-bit tracer reaches the same registers through the i386 user area",
	.man = "PTRACE_PEEKUSER; PTRACE_POKEUSER",
	.spec = "5.B13 C034",
	.needs = "arch:x86 hw-breakpoint",
	.links = "ptrace-tests watchpoint.c (formerly also step.hw-watchpoint-write)",
	.variants = "wait",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_write_watched, NULL);
	siginfo_t si;

	ptc_pokeuser(pid, PTC_USER_DEBUGREG(0), (uintptr_t)&ptc_watched);
	ptc_pokeuser(pid, PTC_USER_DEBUGREG(7), ptc_dr7_local(0, 1, sizeof(ptc_watched)));
	EXPECT_EQ(ptc_peekuser(pid, PTC_USER_DEBUGREG(0)), (uintptr_t)&ptc_watched);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_HWBKPT);
	/* Breakpoint 0 and no other slot hit. */
	EXPECT_EQ(ptc_peekuser(pid, PTC_USER_DEBUGREG(6)) & 0xf, PTC_DR6_B0);
	EXPECT_EQ(ptc_peekdata(pid, (const void *)&ptc_watched), 1);
	ptc_pokeuser(pid, PTC_USER_DEBUGREG(7), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

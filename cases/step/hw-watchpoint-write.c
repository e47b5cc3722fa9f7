// SPDX-License-Identifier: GPL-2.0
#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"

PTC_CASE(
	.claim = "A write watchpoint set through the debug registers (POKEUSER of u_debugreg[0] "
		 "and u_debugreg[7]) stops the tracee with SIGTRAP, si_code TRAP_HWBKPT, right "
		 "after the write; DR6 read with PEEKUSER shows breakpoint 0 hit. For either x86 "
		 "ABI: a 32-bit tracer reaches the same registers through the i386 user area",
	.man = "PTRACE_PEEKUSER; PTRACE_POKEUSER",
	.spec = "5.B13 C034",
	.needs = "arch:x86 hw-breakpoint",
	.links = "ptrace-tests watchpoint.c",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, par_write_watched, NULL);
	siginfo_t si;

	par_pokeuser(pid, PAR_DR_OFF(0), (uintptr_t)&par_watched);
	par_pokeuser(pid, PAR_DR_OFF(7), par_dr7_local(0, 1, sizeof(par_watched)));
	EXPECT_EQ(par_peekuser(pid, PAR_DR_OFF(0)), (uintptr_t)&par_watched);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_HWBKPT);
	EXPECT_TRUE(par_peekuser(pid, PAR_DR_OFF(6)) & PAR_DR6_B0);
	EXPECT_EQ(par_peekdata(pid, (const void *)&par_watched), 1);
	par_pokeuser(pid, PAR_DR_OFF(7), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"

static int call_answer(void *arg)
{
	ptc_no_coredump();
	EXPECT_EQ(par_answer_function(), 42);
	return 0;
}

PTC_CASE(
	.claim = "An execute breakpoint in DR0 (enabled in DR7 with RW 00, length 1) stops the "
		 "tracee with SIGTRAP, si_code TRAP_HWBKPT, before the instruction runs: rip is "
		 "the breakpoint address; cleared, the tracee goes on",
	.man = "PTRACE_POKEUSER",
	.spec = "5.B13 C034",
	.needs = "arch:x86_64 hw-breakpoint",
	.links = "ptrace-tests watchpoint.c",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, call_answer, NULL);
	struct par_regs regs;
	siginfo_t si;

	par_pokeuser(pid, PAR_DR_OFF(0), (uintptr_t)par_answer);
	par_pokeuser(pid, PAR_DR_OFF(7), par_dr7_local(0, 0, 1));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	par_getregs(pid, &regs);
	EXPECT_EQ(regs.rip, (uintptr_t)par_answer);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_HWBKPT);
	EXPECT_TRUE(par_peekuser(pid, PAR_DR_OFF(6)) & PAR_DR6_B0);
	par_pokeuser(pid, PAR_DR_OFF(7), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "x86.h"

#if PTC_X86_64

static int call_answer(void *arg)
{
	ptc_no_coredump();
	EXPECT_EQ(ptc_answer_function(), 42);
	return 0;
}
#endif

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
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, call_answer, NULL);
	ptc_regs_t regs;
	siginfo_t si;

	ptc_pokeuser(pid, PTC_USER_DEBUGREG(0), (uintptr_t)ptc_answer);
	ptc_pokeuser(pid, PTC_USER_DEBUGREG(7), ptc_dr7_local(0, 0, 1));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.rip, (uintptr_t)ptc_answer);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_HWBKPT);
	EXPECT_TRUE(ptc_peekuser(pid, PTC_USER_DEBUGREG(6)) & PTC_DR6_B0);
	ptc_pokeuser(pid, PTC_USER_DEBUGREG(7), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

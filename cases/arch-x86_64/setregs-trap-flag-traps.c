// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A trap flag the tracer sets in EFLAGS with PTRACE_SETREGS is the tracee's "
		 "own: PTRACE_CONT runs one instruction and stops with SIGTRAP (TRAP_TRACE), "
		 "GETREGS shows TF set there, the next PTRACE_CONT traps again after one "
		 "instruction, and once the tracer clears TF the tracee runs to its exit",
	.man = "PTRACE_SETREGS, PTRACE_SETFPREGS; PTRACE_CONT",
	.spec = "C039 5.B11",
	.needs = "arch:x86",
	.links = "ptrace-tests: step-jump-cont-strict (test_settest); ptrace-tests: step-simple",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_step_tracee, NULL);
	ptc_regs_t regs;
	siginfo_t si;

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));
	ASSERT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_step_start);
	ASSERT_FALSE(PTC_REG_FLAGS(regs) & PTC_EFLAGS_TF);
	PTC_REG_FLAGS(regs) |= PTC_EFLAGS_TF;
	ASSERT_OK(PTRACE(PTRACE_SETREGS, pid, 0, &regs));

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_TRACE);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));
	EXPECT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_step_second);
	EXPECT_TRUE(PTC_REG_FLAGS(regs) & PTC_EFLAGS_TF);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));
	EXPECT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_step_second + 1);	/* one nop on */
	PTC_REG_FLAGS(regs) &= ~PTC_EFLAGS_TF;
	ASSERT_OK(PTRACE(PTRACE_SETREGS, pid, 0, &regs));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_SINGLESTEP resumes the tracee for one instruction: it stops with "
		 "SIGTRAP with the instruction pointer at the next instruction",
	.man = "PTRACE_SINGLESTEP",
	.spec = "C115",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_step_tracee, NULL);
	ptc_regs_t regs;

	ptc_run_to_trap(pid);
	ptc_trap_skip(pid);
	ptc_get_regs(pid, &regs);
	ASSERT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_step_start);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_step_second);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

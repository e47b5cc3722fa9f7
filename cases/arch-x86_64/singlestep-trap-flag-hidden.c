// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "The trap flag the kernel sets to single-step a tracee is hidden from the "
		 "tracer: EFLAGS read at a PTRACE_SINGLESTEP stop has TF clear",
	.man = "PTRACE_SINGLESTEP",
	.spec = "C115 5.B11",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_step_tracee, NULL);
	ptc_regs_t regs;
	long flags;

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));
	EXPECT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_step_second);
	EXPECT_FALSE(PTC_REG_FLAGS(regs) & PTC_EFLAGS_TF);
	flags = PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_FLAGS, 0);
	EXPECT_FALSE(flags & PTC_EFLAGS_TF);
#endif
}

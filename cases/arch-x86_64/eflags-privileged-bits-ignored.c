// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A tracer's write to EFLAGS (PTRACE_SETREGS) changes only the flags user code "
		 "may change: the request succeeds, the carry flag changes, but IOPL and the "
		 "interrupt flag keep their values",
	.man = "PTRACE_SETREGS, PTRACE_SETFPREGS",
	.spec = "C039",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	ptc_regs_t regs, got;

	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));
	ASSERT_TRUE(PTC_REG_FLAGS(regs) & PTC_EFLAGS_IF);
	ASSERT_FALSE(PTC_REG_FLAGS(regs) & PTC_EFLAGS_IOPL);
	PTC_REG_FLAGS(regs) = (PTC_REG_FLAGS(regs) | PTC_EFLAGS_IOPL | 1) & ~PTC_EFLAGS_IF;
	ASSERT_OK(PTRACE(PTRACE_SETREGS, pid, 0, &regs));
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &got));
	EXPECT_TRUE(PTC_REG_FLAGS(got) & 1);	/* CF: a user flag */
	EXPECT_FALSE(PTC_REG_FLAGS(got) & PTC_EFLAGS_IOPL);
	EXPECT_TRUE(PTC_REG_FLAGS(got) & PTC_EFLAGS_IF);
#endif
}

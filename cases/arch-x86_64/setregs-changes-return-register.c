// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

static int trap(void *arg)
{
	long got = ptc_trap_return(1);

	EXPECT_EQ(got, 0x600dcafe);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SETREGS loads the general registers from data: a value written into "
		 "the return register at a trap is what the tracee's function returns",
	.man = "PTRACE_SETREGS, PTRACE_SETFPREGS",
	.spec = "C039",
	.needs = "arch:x86",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, trap, NULL);
	ptc_regs_t regs;

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));
	PTC_REG_RET(regs) = 0x600dcafe;
	ASSERT_OK(PTRACE(PTRACE_SETREGS, pid, 0, &regs));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

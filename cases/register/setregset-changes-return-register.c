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
	.claim = "PTRACE_SETREGSET with NT_PRSTATUS changes the tracee's registers: a value "
		 "written into the return register at a trap is what the tracee's function "
		 "returns",
	.man = "PTRACE_SETREGSET",
	.spec = "C047",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, trap, NULL);
	ptc_regs_t regs;

	ptc_run_to_trap(pid);
	ptc_get_regs(pid, &regs);
	PTC_REG_RET(regs) = 0x600dcafe;
	ptc_set_regs(pid, &regs);
	ptc_trap_skip(pid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

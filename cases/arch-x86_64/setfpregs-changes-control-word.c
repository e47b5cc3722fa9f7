// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if PTC_X86
static int trap(void *arg)
{
	EXPECT_EQ(ptc_trap_fpucw(), 0x27f);
	return 0;
}
#endif

PTC_CASE(
	.claim = "PTRACE_SETFPREGS loads the floating-point registers from data: an x87 "
		 "control word written at a trap is the one the tracee then reads with fnstcw",
	.man = "PTRACE_SETREGS, PTRACE_SETFPREGS",
	.spec = "C039",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, trap, NULL);
	struct user_fpregs_struct fp;

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_GETFPREGS, pid, 0, &fp));
	ASSERT_EQ(fp.cwd & 0xffff, 0x37f);
	fp.cwd = 0x27f;	/* precision control: 53 bits instead of 64 */
	ASSERT_OK(PTRACE(PTRACE_SETFPREGS, pid, 0, &fp));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

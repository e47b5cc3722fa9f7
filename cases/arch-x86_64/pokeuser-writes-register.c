// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if PTC_X86
static int trap(void *arg)
{
	EXPECT_EQ(ptc_trap_return(1), 0x600dcafe);
	return 0;
}
#endif

PTC_CASE(
	.claim = "PTRACE_POKEUSER writes one register through its struct user offset: the "
		 "return register written at a trap is what the tracee's function returns",
	.man = "PTRACE_POKEUSER",
	.spec = "C030",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, trap, NULL);

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_RET, 0x600dcafe));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

static int trap(void *arg)
{
	return ptc_trap_return(0x5ca1ab1e) == 0x5ca1ab1e ? 0 : 1;
}

PTC_CASE(
	.claim = "PTRACE_GETREGSET with NT_PRSTATUS reads the general registers: at a trap "
		 "site the instruction pointer is the trap's address and the return register "
		 "holds the value the tracee put there",
	.man = "PTRACE_GETREGSET",
	.spec = "C042 C043",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, trap, NULL);
	ptc_regs_t regs;

	ptc_run_to_trap(pid);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_trap_return_ip);
	EXPECT_EQ(PTC_REG_RET(regs), 0x5ca1ab1e);
	ptc_trap_skip(pid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

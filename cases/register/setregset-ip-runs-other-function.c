// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "regs.h"

static __attribute__((noinline, used)) void elsewhere(void)
{
	syscall(SYS_exit_group, 42);
}

static int trap(void *arg)
{
	ptc_trap_return(0);
	return 1;
}

PTC_CASE(
	.claim = "Setting the instruction pointer with PTRACE_SETREGSET at a stop makes the "
		 "tracee continue at that address: pointed at another function, the tracee runs "
		 "it (and exits 42) instead of returning from the trap",
	.man = "PTRACE_SETREGSET",
	.spec = "C047",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, trap, NULL);
	ptc_regs_t regs;

	ptc_run_to_trap(pid);
	ptc_get_regs(pid, &regs);
	/* At the trap the stack is as at a function's entry: a call can start here. */
	PTC_REG_IP(regs) = (uintptr_t)elsewhere;
	ptc_set_regs(pid, &regs);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 42);
}

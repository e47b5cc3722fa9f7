// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

static int two_sites(void *arg)
{
	ptc_step_site();
	ptc_step_site();
	return 0;
}

PTC_CASE(
	.claim = "After a PTRACE_SINGLESTEP stop, an instruction pointer set with SETREGS "
		 "(NT_PRSTATUS) and a PTRACE_CONT run the tracee from the new address with no "
		 "stray SIGTRAP: twice in a row, the next stop is the trap the tracee reaches "
		 "next, then its exit",
	.man = "PTRACE_SINGLESTEP; PTRACE_CONT; PTRACE_SETREGS",
	.spec = "C115 5.B11",
	.links = "ptrace-tests: step-jump-cont; ptrace-tests: step-jump-cont-strict",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, two_sites, NULL);
	ptc_regs_t regs;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	for (int i = 0; i < 2; i++) {
		/* The trap of site i, not a step trap of the jump before. */
		ASSERT_SIGNAL_STOP(pid, SIGTRAP);
		ptc_trap_skip(pid);
		ptc_get_regs(pid, &regs);
		ASSERT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_step_start);
		ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
		ASSERT_SIGNAL_STOP(pid, SIGTRAP);
		ptc_get_regs(pid, &regs);
		ASSERT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_step_second);
		/* Over the rest and the jump, straight to its target. */
		PTC_REG_IP(regs) = (uintptr_t)ptc_step_target;
		ptc_set_regs(pid, &regs);
		ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	}
	ASSERT_EXITED(pid, 0);
}

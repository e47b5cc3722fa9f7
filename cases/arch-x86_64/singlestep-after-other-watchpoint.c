// SPDX-License-Identifier: GPL-2.0
#include <sched.h>

#include "ptc.h"
#include "regs.h"

#if PTC_X86
#define DR7_L0_WRITE4 0xd0001UL	/* L0, break on 4-byte writes */

static volatile int watched;

static int write_watched(void *arg)
{
	watched = 1;
	ptc_trap_return(0);
	return 0;
}
#endif

PTC_CASE(
	.claim = "Debug registers another tracee used leave nothing behind: after a first "
		 "tracee ran with a write watchpoint in DR0/DR7 (fired or not) and had it "
		 "disabled again, a PTRACE_SINGLESTEP of a second tracee on the same CPU moves "
		 "exactly one instruction. The watchpoint need not fire, so no hw-breakpoint",
	.man = "PTRACE_SINGLESTEP; PTRACE_POKEUSER",
	.spec = "C115 C034",
	.needs = "arch:x86",
	.links = "ptrace-tests: watchpoint-singlestep",
)
{
#if PTC_X86
	pid_t first, second;
	ptc_regs_t regs;
	cpu_set_t set;
	siginfo_t si;

	/* Tracer and both tracees on one CPU: its debug registers are the ones
	 * the first tracee loaded. */
	CPU_ZERO(&set);
	CPU_SET(sched_getcpu(), &set);
	ASSERT_OK(sched_setaffinity(0, sizeof(set), &set));

	first = ptc_start(PTC_TRACEME, 0, write_watched, NULL);
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, first, PTC_USER_DEBUGREG(0), &watched));
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, first, PTC_USER_DEBUGREG(7), DR7_L0_WRITE4));
	ptc_run_to_trap(first);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, first, 0, &si));
	if (si.si_code == TRAP_HWBKPT) {
		ptc_log("the watchpoint fired");
		ptc_run_to_trap(first);
	}
	ptc_get_regs(first, &regs);
	ASSERT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_trap_return_ip);
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, first, PTC_USER_DEBUGREG(7), 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, first, 0, 0));
	ASSERT_EXITED(first, 0);

	second = ptc_start(PTC_TRACEME, 0, ptc_step_tracee, NULL);
	ptc_run_to_trap(second);
	ptc_get_regs(second, &regs);
	ASSERT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_step_start);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, second, 0, 0));
	ASSERT_SIGNAL_STOP(second, SIGTRAP);
	ptc_get_regs(second, &regs);
	EXPECT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_step_second);
	ASSERT_OK(PTRACE(PTRACE_CONT, second, 0, 0));
	ASSERT_EXITED(second, 0);
#endif
}

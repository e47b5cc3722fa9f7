// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#define TRAP_TRACE_CODE 2	/* TRAP_TRACE */

PTC_CASE(
	.claim = "On x86 the SIGTRAP of a PTRACE_SINGLESTEP stop has si_code TRAP_TRACE",
	.man = "PTRACE_SINGLESTEP",
	.spec = "C115 C116",
	.needs = "arch:x86",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_step_tracee, NULL);
	siginfo_t si;

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, TRAP_TRACE_CODE);
}

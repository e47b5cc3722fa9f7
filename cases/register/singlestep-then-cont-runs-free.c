// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "Single-stepping leaves nothing behind: after a PTRACE_SINGLESTEP stop, "
		 "PTRACE_CONT runs the tracee to its exit without another SIGTRAP",
	.man = "PTRACE_SINGLESTEP; PTRACE_CONT",
	.spec = "C115 5.B11",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_step_tracee, NULL);

	ptc_run_to_trap(pid);
	ptc_trap_skip(pid);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

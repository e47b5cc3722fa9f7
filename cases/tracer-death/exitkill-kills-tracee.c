// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

static int seize_exitkill_and_exit(pid_t pid)
{
	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, PTRACE_O_EXITKILL));
	return 0;
}

PTC_CASE(
	.claim = "With PTRACE_O_EXITKILL, the tracer's exit kills the tracee with SIGKILL instead "
		 "of detaching it",
	.man = "PTRACE_O_EXITKILL; Attaching and detaching",
	.spec = "C173",
	.since = "3.8",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = lc_fork_blocked(lc_wait_gate, &gate);

	lc_run_tracer(seize_exitkill_and_exit, pid);
	ASSERT_KILLED(pid, SIGKILL);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int traceme_then_run(void *arg)
{
	ASSERT_OK(PTRACE(PTRACE_TRACEME, 0, 0, 0));
	/* Plain system calls: none of them is a reason to stop. */
	for (int i = 0; i < 100; i++)
		getppid();
	return 4;
}

PTC_CASE(
	.claim = "After PTRACE_TRACEME the child keeps running: with no signal and no exec, the "
		 "first thing its tracer sees is its exit",
	.man = "PTRACE_TRACEME; Attaching and detaching",
	.spec = "C010",
	.variants = "wait",
)
{
	pid_t pid = ptc_fork(traceme_then_run, NULL);

	ASSERT_EXITED(pid, 4);
}

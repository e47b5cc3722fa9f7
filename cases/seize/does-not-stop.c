// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int exit_7(void *arg)
{
	return 7;
}

PTC_CASE(
	.claim = "PTRACE_SEIZE attaches without stopping: the seized tracee runs on to its exit "
		 "and reports nothing before it",
	.man = "PTRACE_SEIZE",
	.spec = "C155",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, exit_7, NULL);

	ASSERT_EXITED(pid, 7);
}

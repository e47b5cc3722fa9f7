// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_SEIZE attaches without stopping: the seized tracee runs on to its exit "
		 "and reports nothing before it",
	.man = "PTRACE_SEIZE",
	.spec = "C155",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_exit_tracee, (void *)7);

	ASSERT_EXITED(pid, 7);
}

// SPDX-License-Identifier: GPL-2.0
#include "events.h"

static int exit_3(void *arg)
{
	return 3;
}

PTC_CASE(
	.claim = "Without PTRACE_O_TRACEEXIT there is no PTRACE_EVENT_EXIT stop: the next report "
		 "of an exiting tracee is its exit",
	.man = "PTRACE_O_TRACEEXIT",
	.spec = "C095",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, exit_3, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 3);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "Without PTRACE_O_TRACEEXIT there is no PTRACE_EVENT_EXIT stop: the next report "
		 "of an exiting tracee is its exit",
	.man = "PTRACE_O_TRACEEXIT",
	.spec = "C095",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_exit_tracee, (void *)3);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 3);
}

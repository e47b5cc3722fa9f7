// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "Options passed in PTRACE_SEIZE's data take effect at once, without "
		 "PTRACE_SETOPTIONS: a tracee seized with TRACEEXIT reports PTRACE_EVENT_EXIT",
	.man = "PTRACE_SEIZE",
	.spec = "C155",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_exit_tracee, (void *)3);

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 3);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_DETACH from a PTRACE_EVENT_EXIT stop lets the exit finish: the former "
		 "tracee's parent sees it exit with its status",
	.man = "PTRACE_EVENT stops; PTRACE_DETACH",
	.spec = "C260 C166",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_exit_tracee, (void *)3);

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	EXPECT_EQ(ptc_proc_tracer(pid) > 0, 0);
	ASSERT_EXITED(pid, 3);
}

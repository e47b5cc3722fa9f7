// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_LISTEN on a seized tracee in a PTRACE_EVENT stop other than "
		 "PTRACE_EVENT_STOP (here PTRACE_EVENT_EXIT) fails with EIO",
	.man = "PTRACE_LISTEN",
	.spec = "C125",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_exit_tracee, NULL);

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_ERRNO(PTRACE(PTRACE_LISTEN, pid, 0, 0), EIO);
}

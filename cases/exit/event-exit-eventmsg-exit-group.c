// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "At the PTRACE_EVENT_EXIT stop of exit(3) (libc's exit, i.e. exit_group), "
		 "PTRACE_GETEVENTMSG gives the exit status in wait encoding: 0x300",
	.man = "PTRACE_O_TRACEEXIT; PTRACE_GETEVENTMSG",
	.spec = "C096",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_exit_tracee, (void *)3);

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), 0x300);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 3);
}

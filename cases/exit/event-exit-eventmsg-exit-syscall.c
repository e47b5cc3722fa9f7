// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "events.h"

static int sys_exit_3(void *arg)
{
	syscall(SYS_exit, 3);
	return 1;
}

PTC_CASE(
	.claim = "At the PTRACE_EVENT_EXIT stop of a single-threaded tracee calling the exit "
		 "syscall (not exit_group) with 3, PTRACE_GETEVENTMSG gives 0x300",
	.man = "PTRACE_O_TRACEEXIT; PTRACE_GETEVENTMSG",
	.spec = "C096",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, sys_exit_3, NULL);

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), 0x300);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 3);
}

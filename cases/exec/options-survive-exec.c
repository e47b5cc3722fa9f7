// SPDX-License-Identifier: GPL-2.0
#include "events.h"
#include "exec.h"

PTC_CASE(
	.claim = "Options outlive an execve: after PTRACE_EVENT_EXEC the new program's exit still "
		 "gives a PTRACE_EVENT_EXIT stop",
	.man = "PTRACE_SETOPTIONS; execve(2) under ptrace",
	.spec = "C080 C095",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT, ptc_exec_tracee,
			      (void *)5);

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), 5 << 8);
}

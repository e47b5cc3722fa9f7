// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "PTRACE_O_TRACEEXEC replaces the post-execve SIGTRAP: a TRACEME tracee reports "
		 "PTRACE_EVENT_EXEC and then runs the new program to its exit with no SIGTRAP stop",
	.man = "PTRACE_O_TRACEEXEC; execve(2) under ptrace",
	.spec = "C094 C092",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEEXEC, ptc_exec_tracee, (void *)5);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 5);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "PTRACE_SETOPTIONS replaces the whole option set rather than adding to it: after "
		 "TRACEEXIT then TRACEEXEC, the exec is reported but the exit is not",
	.man = "PTRACE_SETOPTIONS",
	.spec = "C079 C077",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEEXIT, ptc_exec_tracee, (void *)3);

	ASSERT_OK(PTRACE(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACEEXEC));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 3);
}

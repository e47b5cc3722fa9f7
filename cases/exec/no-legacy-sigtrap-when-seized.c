// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "A seized tracee gets no SIGTRAP after execve: without TRACEEXEC the exec'd program "
		 "runs to its exit with no stop at all",
	.man = "execve(2) under ptrace; PTRACE_SEIZE",
	.spec = "C161",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_exec_tracee, (void *)5);

	ASSERT_EXITED(pid, 5);
}

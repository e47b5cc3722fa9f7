// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "With PTRACE_O_TRACEEXEC, a successful execve stops the tracee in a "
		 "PTRACE_EVENT_EXEC stop: status>>8 is SIGTRAP | PTRACE_EVENT_EXEC<<8",
	.man = "PTRACE_O_TRACEEXEC; PTRACE_EVENT stops",
	.spec = "C092 C253",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXEC, ptc_exec_tracee, (void *)5);
	struct ptc_stop st;

	st = ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	EXPECT_EQ(st.status >> 8, SIGTRAP | (PTRACE_EVENT_EXEC << 8));
	EXPECT_EQ(WSTOPSIG(st.status), SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 5);
}

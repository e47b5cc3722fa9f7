// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "A tracee attached with PTRACE_ATTACH, without TRACEEXEC, gets a SIGTRAP after a "
		 "successful execve, reported as a signal-delivery-stop for SIGTRAP",
	.man = "execve(2) under ptrace",
	.spec = "C006 C290",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_exec_tracee, (void *)5);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 5);
}

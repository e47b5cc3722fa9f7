// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "The post-execve SIGTRAP is a real signal: if the tracer lets it through while its "
		 "disposition is SIG_DFL, it kills the tracee",
	.man = "execve(2) under ptrace",
	.spec = "C291",
)
{
	/* SIGTRAP is held back until the new program made itself
	 * undumpable: its death must not leave a core file behind. */
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_exec_trap_tracee, (void *)5);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGTRAP));
	ASSERT_KILLED(pid, SIGTRAP);
}

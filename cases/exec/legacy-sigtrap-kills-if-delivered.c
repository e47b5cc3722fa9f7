// SPDX-License-Identifier: GPL-2.0
#include "events.h"

static int block_trap_and_exec(void *arg)
{
	sigset_t trap;

	/* Held back until the new program made itself undumpable: its
	 * death by SIGTRAP must not leave a core file. */
	sigemptyset(&trap);
	sigaddset(&trap, SIGTRAP);
	sigprocmask(SIG_BLOCK, &trap, NULL);
	ptc_exec_self("trap", 5);
	return 1;
}

PTC_CASE(
	.claim = "The post-execve SIGTRAP is a real signal: if the tracer lets it through while its "
		 "disposition is SIG_DFL, it kills the tracee",
	.man = "execve(2) under ptrace",
	.spec = "C291",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, block_trap_and_exec, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGTRAP));
	ASSERT_KILLED(pid, SIGTRAP);
}

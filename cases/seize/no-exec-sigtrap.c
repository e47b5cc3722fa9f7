// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

static int exec_park(void *arg)
{
	lc_exec_park();
	return 100;
}

PTC_CASE(
	.claim = "A seized tracee without PTRACE_O_TRACEEXEC gets no SIGTRAP after a successful "
		 "execve(): it runs into the new program with no stop and no signal pending",
	.man = "PTRACE_SEIZE; execve(2) under ptrace",
	.spec = "C161",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, exec_park, NULL);

	/* Blocked in the new program's first system call: exec is over. */
	ptc_wait_blocked(pid, LC_PARK_NR);
	EXPECT_FALSE(lc_thread_pending(pid, SIGTRAP));
	LC_EXPECT_NO_REPORT(pid, __WALL);
}

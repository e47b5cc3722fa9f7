// SPDX-License-Identifier: GPL-2.0
#include <limits.h>

#include "tracers.h"

static int traceme_with_junk(void *arg)
{
	/* A pid no task has, an address and a signal number: all ignored. */
	ASSERT_OK(PTRACE(PTRACE_TRACEME, INT_MAX, 0xdead0, SIGKILL));
	raise(SIGSTOP);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_TRACEME ignores its pid, addr and data arguments: with junk in all "
		 "three it still makes the parent the tracer",
	.man = "PTRACE_TRACEME",
	.spec = "C008",
)
{
	pid_t pid = ptc_fork(traceme_with_junk, NULL);

	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	EXPECT_EQ(ptc_proc_tracer(pid), getpid());
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

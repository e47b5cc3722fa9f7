// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int traceme_twice(void *arg)
{
	ASSERT_OK(PTRACE(PTRACE_TRACEME, 0, 0, 0));
	EXPECT_ERRNO(PTRACE(PTRACE_TRACEME, 0, 0, 0), EPERM);
	raise(SIGSTOP);
	return 0;
}

PTC_CASE(
	.claim = "A second PTRACE_TRACEME from a thread that is already traced fails with EPERM "
		 "and leaves the first tracing in place",
	.man = "PTRACE_TRACEME; ERRORS",
	.spec = "C009 C299",
)
{
	pid_t pid = ptc_fork(traceme_twice, NULL);

	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

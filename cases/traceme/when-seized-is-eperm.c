// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

static int traceme_when_traced(void *arg)
{
	EXPECT_ERRNO(PTRACE(PTRACE_TRACEME, 0, 0, 0), EPERM);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_TRACEME fails with EPERM in a thread that its parent already traces "
		 "through PTRACE_SEIZE",
	.man = "PTRACE_TRACEME; ERRORS",
	.spec = "C009 C299",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, traceme_when_traced, NULL);

	ASSERT_EXITED(pid, 0);
}

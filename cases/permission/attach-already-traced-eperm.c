// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

PTC_CASE(
	.claim = "ATTACH and SEIZE of a thread that already has a tracer fail with EPERM, for "
		 "another process with every privilege as for the tracer itself",
	.man = "ERRORS; PTRACE_ATTACH",
	.spec = "C148 C299",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	EXPECT_EQ(ptc_try_attach(NULL, NULL, PTRACE_ATTACH, pid), EPERM);
	EXPECT_EQ(ptc_try_attach(NULL, NULL, PTRACE_SEIZE, pid), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, pid, 0, 0), EPERM);
	/* Still ours. */
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
}

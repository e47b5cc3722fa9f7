// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_SEIZE with a nonzero addr fails with EIO and attaches nothing; the same "
		 "call with addr 0 then succeeds",
	.man = "PTRACE_SEIZE; ERRORS",
	.spec = "C156",
	.since = "3.4",
)
{
	pid_t pid = ptc_fork(ptc_idle, NULL);

	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, pid, 1, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, pid, 0x1000, 0), EIO);
	EXPECT_EQ(ptc_proc_tracer(pid), 0);
	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	EXPECT_EQ(ptc_proc_tracer(pid), getpid());
}

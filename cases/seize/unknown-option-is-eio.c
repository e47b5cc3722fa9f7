// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "PTRACE_SEIZE with an option bit the kernel does not know fails with EIO and "
		 "attaches nothing, where PTRACE_SETOPTIONS refuses the same bit with EINVAL",
	.man = "PTRACE_SEIZE; ERRORS",
	.spec = "C157",
	.since = "3.4",
)
{
	/* The highest bit: far above every option there is. */
	const unsigned long unknown = 1UL << (sizeof(long) * 8 - 1);
	pid_t pid = ptc_fork(lc_idle, NULL);

	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, pid, 0, unknown), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, pid, 0, PTRACE_O_TRACEEXIT | unknown), EIO);
	EXPECT_EQ(lc_tracer_pid(pid), 0);
	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	EXPECT_ERRNO(PTRACE(PTRACE_SETOPTIONS, pid, 0, unknown), EINVAL);
}

// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

static int exit_2(void *arg)
{
	return 2;
}

PTC_CASE(
	.claim = "PTRACE_ATTACH and PTRACE_SEIZE on a zombie (exited, not yet reaped) fail with "
		 "EPERM; its exit stays for its parent to collect",
	.man = "PTRACE_ATTACH; ERRORS",
	.spec = "C149",
)
{
	pid_t pid = ptc_fork(exit_2, NULL);

	ptc_wait_state(pid, "Z");
	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, pid, 0, 0), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, pid, 0, 0), EPERM);
	ASSERT_EXITED(pid, 2);
}

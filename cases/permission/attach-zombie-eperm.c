// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "ATTACH and SEIZE of a process that has exited but is not yet reaped (a zombie) "
		 "fail with EPERM, and its exit status stays for its parent",
	.man = "ERRORS; PTRACE_ATTACH",
	.spec = "C149",
)
{
	pid_t pid = ptc_fork(ptc_exit_tracee, (void *)5);

	ptc_wait_state(pid, "Z");
	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, pid, 0, 0), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, pid, 0, 0), EPERM);
	ASSERT_EXITED(pid, 5);
}

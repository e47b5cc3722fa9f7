// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_LISTEN on a seized tracee in a syscall-stop fails with EIO: it is "
		 "accepted only at a PTRACE_EVENT_STOP",
	.man = "PTRACE_LISTEN",
	.spec = "C125",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_ERRNO(PTRACE(PTRACE_LISTEN, pid, 0, 0), EIO);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SYSCALL and PTRACE_CONT ignore addr: with a nonzero addr they resume "
		 "the tracee exactly as with 0",
	.man = "PTRACE_CONT; PTRACE_SYSCALL",
	.spec = "C112 C118",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);

	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0x1234, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0x5678, 0));
	ASSERT_EXITED(pid, 0);
}

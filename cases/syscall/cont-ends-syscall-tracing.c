// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int several_syscalls(void *arg)
{
	syscall(SYS_getppid);
	for (int i = 0; i < 3; i++)
		syscall(SYS_getppid);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_CONT after syscall-stops turns syscall tracing off: a tracee resumed "
		 "with it from a syscall-exit-stop makes more syscalls and exits with no further "
		 "stop",
	.man = "PTRACE_SYSCALL; PTRACE_CONT",
	.spec = "C112 C114",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, several_syscalls, NULL);

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

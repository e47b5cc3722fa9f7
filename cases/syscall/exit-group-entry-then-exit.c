// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int call_exit_group(void *arg)
{
	syscall(SYS_exit_group, 5);
	return 1;
}

PTC_CASE(
	.claim = "exit_group() has a syscall-enter-stop but no syscall-exit-stop: resumed with "
		 "PTRACE_SYSCALL from its enter-stop, the tracee next reports its exit",
	.man = "Syscall-stops",
	.spec = "C267",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_exit_group, NULL);

	ptc_syscall_to_entry(pid, SYS_exit_group);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_EXITED(pid, 5);
}

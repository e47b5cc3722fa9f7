// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int call_getppid(void *arg)
{
	return syscall(SYS_getppid) == getppid() ? 0 : 1;
}

PTC_CASE(
	.claim = "Under PTRACE_SYSCALL a syscall stops the tracee twice: a syscall-enter-stop, "
		 "then, resumed with PTRACE_SYSCALL, a syscall-exit-stop for the same syscall "
		 "number",
	.man = "PTRACE_SYSCALL; Syscall-stops",
	.spec = "C114 C263 C265",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_getppid, NULL);

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

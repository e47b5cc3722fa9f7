// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "On x86_64, rax holds -ENOSYS at a syscall-enter-stop and the syscall's result "
		 "at the syscall-exit-stop",
	.man = "Syscall-stops",
	.spec = "C269",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);

	ptc_syscall_to_entry(pid, SYS_getppid);
	EXPECT_EQ(ptc_syscall_ret(pid), -ENOSYS);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_ret(pid), getpid());
}

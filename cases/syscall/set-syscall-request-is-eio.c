// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL (23), the arm request for changing the syscall number, does "
		 "not exist on x86_64: it fails with EIO even at a syscall-enter-stop",
	.man = "PTRACE_SET_SYSCALL",
	.spec = "C123",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);

	ptc_syscall_to_entry(pid, SYS_getppid);
	EXPECT_ERRNO(PTRACE(PTRACE_SET_SYSCALL, pid, 0, SYS_getpid), EIO);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
}

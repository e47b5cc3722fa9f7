// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "A PTRACE_EVENT_SECCOMP stop reached with PTRACE_CONT and restarted with "
		 "PTRACE_SYSCALL is followed by a syscall-exit-stop with no syscall-enter-stop "
		 "before it",
	.man = "PTRACE_EVENT_SECCOMP stops (since Linux 4.8); Syscall-stops",
	.spec = "C271 C278",
	.since = "4.8",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP | PTRACE_O_TRACESYSGOOD,
			      ptc_seccomp_getppid_tracee, (void *)(uintptr_t)(PTC_SECCOMP_RET_TRACE));

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	/* The exit-stop of getppid itself: its result is in place. */
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
	EXPECT_EQ(ptc_syscall_ret(pid), getpid());
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "Under PTRACE_SYSCALL, a SECCOMP_RET_TRACE syscall stops three times in this "
		 "order: syscall-enter-stop, PTRACE_EVENT_SECCOMP, syscall-exit-stop",
	.man = "PTRACE_EVENT_SECCOMP stops (since Linux 4.8)",
	.spec = "C267 C276",
	.since = "4.8",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP | PTRACE_O_TRACESYSGOOD,
			      ptc_seccomp_getppid_tracee, (void *)(uintptr_t)(PTC_SECCOMP_RET_TRACE));

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
	EXPECT_EQ(ptc_syscall_ret(pid), getpid());
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

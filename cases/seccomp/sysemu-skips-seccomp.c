// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

static int fds[2];

static int traced_write(void *arg)
{
	ASSERT_OK(ptc_seccomp_filter_one(SYS_write, PTC_SECCOMP_RET_TRACE));
	syscall(SYS_getppid);
	syscall(SYS_write, fds[1], "x", 1);
	syscall(SYS_getppid);
	return 0;
}

PTC_CASE(
	.claim = "A syscall skipped by PTRACE_SYSEMU does not run the seccomp filter: a "
		 "SECCOMP_RET_TRACE syscall gives its PTRACE_SYSEMU enter-stop and then no "
		 "PTRACE_EVENT_SECCOMP, the next stop being the next syscall's entry",
	.man = "PTRACE_EVENT_SECCOMP stops (since Linux 4.8)",
	.spec = "C277",
	.since = "4.8",
	.needs = "arch:x86_64",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP | PTRACE_O_TRACESYSGOOD, traced_write,
			NULL);
	ptc_syscall_to_exit(pid, SYS_getppid);
	ptc_sysemu_to_entry(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_write);
	ASSERT_OK(PTRACE(PTRACE_SYSEMU, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}

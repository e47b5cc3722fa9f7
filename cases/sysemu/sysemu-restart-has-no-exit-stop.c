// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int getppid_write_getppid(void *arg)
{
	syscall(SYS_getppid);
	syscall(SYS_write, fds[1], "x", 1);
	syscall(SYS_getppid);
	return 0;
}

PTC_CASE(
	.claim = "Restarted with PTRACE_SYSEMU, a PTRACE_SYSEMU enter-stop has no "
		 "syscall-exit-stop: the next stop is the entry of the tracee's next syscall",
	.man = "Syscall-stops",
	.spec = "C265",
	.since = "2.6.14",
	.needs = "arch:x86_64",
	.variants = "wait",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, getppid_write_getppid, NULL);
	ptc_syscall_to_exit(pid, SYS_getppid);
	ptc_sysemu_to_entry(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_write);
	ASSERT_OK(PTRACE(PTRACE_SYSEMU, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
	EXPECT_EQ(ptc_syscall_ret(pid), -ENOSYS);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

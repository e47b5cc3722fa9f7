// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int write_then_getppid(void *arg)
{
	EXPECT_EQ(syscall(SYS_write, fds[1], "x", 1), 1);
	syscall(SYS_getppid);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SYSEMU from an enter-stop that PTRACE_SYSCALL caused does not skip that "
		 "syscall but gives it no syscall-exit-stop: the write() runs, and the next stop is "
		 "the next syscall's entry",
	.man = "Syscall-stops",
	.spec = "C265",
	.since = "2.6.14",
	.needs = "arch:x86_64",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, write_then_getppid, NULL);
	ptc_syscall_to_entry(pid, SYS_write);
	ptc_sysemu_to_entry(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

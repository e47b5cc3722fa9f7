// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int getppid_then_write(void *arg)
{
	syscall(SYS_getppid);
	EXPECT_EQ(syscall(SYS_write, fds[1], "x", 1), -1);
	return 0;
}

PTC_CASE(
	.claim = "A syscall stopped at entry by PTRACE_SYSEMU is skipped even when the tracer "
		 "restarts it with PTRACE_SYSCALL: its write() to a pipe never happens",
	.man = "Syscall-stops",
	.spec = "C264",
	.since = "2.6.14",
	.needs = "arch:x86_64",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, getppid_then_write, NULL);
	ptc_syscall_to_exit(pid, SYS_getppid);
	ptc_sysemu_to_entry(pid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}

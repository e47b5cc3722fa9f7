// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int getppid_then_write(void *arg)
{
	long r;

	syscall(SYS_getppid);
	r = syscall(SYS_write, fds[1], "x", 1);
	EXPECT_EQ(r, -1);
	EXPECT_EQ(errno, ENOSYS);
	return 0;
}

PTC_CASE(
	.claim = "A syscall stopped at entry by PTRACE_SYSEMU never runs: resumed with "
		 "PTRACE_CONT, the tracee's write() to a pipe writes nothing and returns ENOSYS",
	.man = "PTRACE_SYSEMU; Syscall-stops",
	.spec = "C119 C264",
	.since = "2.6.14",
	.needs = "arch:x86_64",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, getppid_then_write, NULL);
	ptc_syscall_to_exit(pid, SYS_getppid);
	ptc_sysemu_to_entry(pid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}

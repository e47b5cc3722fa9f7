// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int write_one(void *arg)
{
	/* Asks for one byte; the tracer makes it two. */
	EXPECT_EQ(syscall(SYS_write, fds[1], "xy", 1), 2);
	return 0;
}

PTC_CASE(
	.claim = "An argument register changed at a syscall-enter-stop is what the syscall "
		 "runs with: write()'s count raised from 1 to 2 writes and returns 2",
	.man = "Syscall-stops",
	.spec = "C263 5.A1",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, write_one, NULL);
	ptc_syscall_to_entry(pid, SYS_write);
	EXPECT_EQ(ptc_syscall_arg(pid, 2), 1);
	ptc_set_syscall_arg(pid, 2, 2);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 2);
}

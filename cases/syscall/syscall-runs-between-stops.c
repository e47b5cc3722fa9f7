// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int write_one(void *arg)
{
	return syscall(SYS_write, fds[1], "x", 1) == 1 ? 0 : 1;
}

PTC_CASE(
	.claim = "The syscall-enter-stop comes before the syscall runs and the syscall-exit-stop "
		 "after: a write() to a pipe has written nothing at its enter-stop and its byte "
		 "at its exit-stop, where the result register holds 1",
	.man = "Syscall-stops",
	.spec = "C263 C265",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, write_one, NULL);
	ptc_syscall_to_entry(pid, SYS_write);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 1);
	EXPECT_EQ(ptc_syscall_ret(pid), 1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

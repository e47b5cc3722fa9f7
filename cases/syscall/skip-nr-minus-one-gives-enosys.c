// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int write_one(void *arg)
{
	long r = syscall(SYS_write, fds[1], "x", 1);

	EXPECT_EQ(r, -1);
	EXPECT_EQ(errno, ENOSYS);
	return 0;
}

PTC_CASE(
	.claim = "On x86_64, setting orig_rax to -1 at a syscall-enter-stop skips the syscall; "
		 "with rax left as it was (-ENOSYS) the tracee sees ENOSYS",
	.man = "Syscall-stops",
	.spec = "C272",
	.needs = "arch:x86_64",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, write_one, NULL);
	ptc_syscall_to_entry(pid, SYS_write);
	ptc_set_syscall_nr(pid, -1);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_ret(pid), -ENOSYS);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

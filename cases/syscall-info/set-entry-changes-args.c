// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int write_one(void *arg)
{
	EXPECT_EQ(syscall(SYS_write, fds[1], "xy", 1), 2);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO at a syscall-enter-stop changes the syscall's "
		 "arguments: write()'s count set from 1 to 2 writes and returns 2",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C208",
	.since = "6.16",
)
{
	struct ptc_syscall_info info;
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, write_one, NULL);
	ptc_syscall_to_entry(pid, SYS_write);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	info.entry.args[2] = 2;
	ASSERT_OK(ptc_set_syscall_info(pid, sizeof(info), &info));
	EXPECT_EQ(ptc_syscall_arg(pid, 2), 2);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 2);
}

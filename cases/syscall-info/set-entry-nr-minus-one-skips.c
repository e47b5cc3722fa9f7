// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int write_one(void *arg)
{
	syscall(SYS_write, fds[1], "x", 1);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO with entry.nr -1 at a syscall-enter-stop skips the "
		 "syscall: the write() never happens",
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
	info.entry.nr = (uint64_t)-1;
	ASSERT_OK(ptc_set_syscall_info(pid, sizeof(info), &info));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}

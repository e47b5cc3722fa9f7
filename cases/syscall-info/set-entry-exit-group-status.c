// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int exit_group_1(void *arg)
{
	syscall(SYS_exit_group, 1);
	return 2;
}

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO at exit_group()'s syscall-enter-stop changes its "
		 "argument: GET_SYSCALL_INFO reads the new status back and the tracee exits with it",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C208",
	.since = "6.16",
	.links = "selftests/ptrace/set_syscall_info.c",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, exit_group_1, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_entry(pid, SYS_exit_group);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	ASSERT_EQ(info.entry.args[0], 1);
	info.entry.args[0] = 42;
	ASSERT_OK(ptc_set_syscall_info(pid, sizeof(info), &info));
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	EXPECT_EQ(info.entry.nr, SYS_exit_group);
	EXPECT_EQ(info.entry.args[0], 42);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 42);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

static int fds[2];

static int traced_write(void *arg)
{
	ASSERT_OK(ptc_seccomp_filter_one(SYS_write, PTC_SECCOMP_RET_TRACE | 0x42));
	EXPECT_EQ(syscall(SYS_write, fds[1], "xy", 1), 2);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO at a PTRACE_EVENT_SECCOMP stop applies the new "
		 "arguments and ignores seccomp.ret_data: a different ret_data is accepted and "
		 "the stop's ret_data stays the filter's",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C208 C210",
	.since = "6.16",
)
{
	struct ptc_syscall_info info;
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, traced_write, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 84);
	info.seccomp.args[2] = 2;
	info.seccomp.ret_data = 0xffff0000;
	ASSERT_OK(ptc_set_syscall_info(pid, sizeof(info), &info));
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 84);
	EXPECT_EQ(info.seccomp.ret_data, 0x42);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 2);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

static int fds[2];

static int traced_write(void *arg)
{
	ASSERT_OK(ptc_seccomp_filter_one(SYS_write, PTC_SECCOMP_RET_TRACE));
	syscall(SYS_write, fds[1], "x", 1);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO with seccomp.nr -1 at a PTRACE_EVENT_SECCOMP stop "
		 "skips the syscall: the write() never happens",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C208",
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
	info.seccomp.nr = (uint64_t)-1;
	ASSERT_OK(ptc_set_syscall_info(pid, sizeof(info), &info));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

static int fds[2];

static int traced_write(void *arg)
{
	ASSERT_OK(ptc_seccomp_filter_one(SYS_write, PTC_SECCOMP_RET_TRACE));
	EXPECT_EQ(syscall(SYS_write, fds[1], "x", 1), 1);
	return 0;
}

PTC_CASE(
	.claim = "After a PTRACE_EVENT_SECCOMP stop in which the tracer changed nothing, the "
		 "syscall runs: the filter's SECCOMP_RET_TRACE then counts as SECCOMP_RET_ALLOW",
	.man = "PTRACE_EVENT_SECCOMP stops (since Linux 4.8)",
	.spec = "C279",
	.since = "4.8",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, traced_write, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 1);
}

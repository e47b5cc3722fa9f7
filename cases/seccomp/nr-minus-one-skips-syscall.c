// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

static int fds[2];

static int traced_write(void *arg)
{
	ASSERT_OK(ptc_seccomp_filter_one(SYS_write, PTC_SECCOMP_RET_TRACE));
	EXPECT_EQ(syscall(SYS_write, fds[1], "x", 1), 55);
	return 0;
}

PTC_CASE(
	.claim = "Setting the syscall number to -1 at a PTRACE_EVENT_SECCOMP stop skips the "
		 "syscall; the tracee gets the value the tracer left in the result register",
	.man = "PTRACE_EVENT_SECCOMP stops (since Linux 4.8)",
	.spec = "C281",
	.since = "3.5",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, traced_write, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	ptc_set_syscall_ret(pid, 55);
	ptc_set_syscall_nr(pid, -1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}

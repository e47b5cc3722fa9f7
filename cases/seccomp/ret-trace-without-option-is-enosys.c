// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

static int fds[2];

static int traced_write(void *arg)
{
	long r;

	ASSERT_OK(ptc_seccomp_filter_one(SYS_write, PTC_SECCOMP_RET_TRACE));
	r = syscall(SYS_write, fds[1], "x", 1);
	EXPECT_EQ(r, -1);
	EXPECT_EQ(errno, ENOSYS);
	raise(SIGUSR1);
	return 0;
}

PTC_CASE(
	.claim = "A SECCOMP_RET_TRACE result in a tracee whose tracer did not set "
		 "PTRACE_O_TRACESECCOMP gives no stop and makes the syscall fail with ENOSYS: the "
		 "next stop is the signal the tracee raises after it",
	.man = "PTRACE_O_TRACESECCOMP",
	.spec = "C280",
	.since = "3.5",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, 0, traced_write, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

static int fds[2];

static int untraced_write(void *arg)
{
	long r;

	ASSERT_OK(ptc_seccomp_filter_one(SYS_write, PTC_SECCOMP_RET_TRACE));
	r = syscall(SYS_write, fds[1], "x", 1);
	EXPECT_EQ(r, -1);
	EXPECT_EQ(errno, ENOSYS);
	return 0;
}

PTC_CASE(
	.claim = "A SECCOMP_RET_TRACE result in a process nobody traces makes the syscall fail "
		 "with ENOSYS without running it",
	.man = "PTRACE_O_TRACESECCOMP",
	.spec = "C280",
	.since = "3.5",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_fork(untraced_write, NULL);
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}

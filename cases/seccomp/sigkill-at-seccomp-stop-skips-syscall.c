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
	.claim = "A SIGKILL that arrives while the tracee sits in a PTRACE_EVENT_SECCOMP stop "
		 "skips the syscall: the tracee dies without the write() having run",
	.man = "PTRACE_O_TRACESECCOMP; Death under ptrace",
	.spec = "C282",
	.since = "3.5",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, traced_write, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"

static pid_t tracer;

static int filtered_getppid(void *arg)
{
	long r;

	ASSERT_OK(ptc_seccomp_filter_one(SYS_getppid, PTC_SECCOMP_RET_ERRNO | EXDEV));
	raise(SIGUSR1);
	EXPECT_EQ(syscall(SYS_getppid), tracer);
	raise(SIGUSR2);
	/* The tracer has cleared the option meanwhile. */
	r = syscall(SYS_getppid);
	EXPECT_EQ(r, -1);
	EXPECT_EQ(errno, EXDEV);
	return 0;
}

PTC_CASE(
	.claim = "Clearing PTRACE_O_SUSPEND_SECCOMP with PTRACE_SETOPTIONS makes the tracee's "
		 "seccomp filters apply again",
	.man = "PTRACE_O_SUSPEND_SECCOMP",
	.spec = "C105",
	.since = "4.3",
	.needs = "root",
)
{
	pid_t pid;

	tracer = getpid();
	pid = ptc_start(PTC_TRACEME, 0, filtered_getppid, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(ptc_suspend_seccomp(PTRACE_SETOPTIONS, pid, 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR2);
	ASSERT_OK(PTRACE(PTRACE_SETOPTIONS, pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"

static pid_t tracer;

static int filtered_getppid(void *arg)
{
	ASSERT_OK(ptc_seccomp_filter_one(SYS_getppid, PTC_SECCOMP_RET_ERRNO | EXDEV));
	EXPECT_EQ(syscall(SYS_getppid), -1);
	raise(SIGUSR1);
	/* The tracer has suspended seccomp meanwhile. */
	EXPECT_EQ(syscall(SYS_getppid), tracer);
	return 0;
}

PTC_CASE(
	.claim = "While PTRACE_O_SUSPEND_SECCOMP is set, the tracee's seccomp filters are not "
		 "applied: a syscall its filter makes fail with EXDEV runs normally",
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
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

static int traced_getppid(void *arg)
{
	ASSERT_OK(ptc_seccomp_filter_one(SYS_getppid, PTC_SECCOMP_RET_TRACE));
	/* Turned into getpid() by the tracer: the tracee gets its own pid. */
	EXPECT_EQ(syscall(SYS_getppid), getpid());
	return 0;
}

PTC_CASE(
	.claim = "A syscall number changed at a PTRACE_EVENT_SECCOMP stop is the syscall that "
		 "runs: getppid() turned into getpid() returns the tracee's own pid",
	.man = "PTRACE_EVENT_SECCOMP stops (since Linux 4.8)",
	.spec = "C278",
	.since = "4.8",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, traced_getppid, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	ptc_set_syscall_nr(pid, SYS_getpid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

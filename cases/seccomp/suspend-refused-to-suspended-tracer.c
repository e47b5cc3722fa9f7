// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

static int suspended_tracer(void *arg)
{
	pid_t pid = ptc_fork(ptc_idle, NULL);

	EXPECT_ERRNO(ptc_suspend_seccomp(PTRACE_SEIZE, pid, 0), EPERM);
	EXPECT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	return 0;
}

PTC_CASE(
	.claim = "A tracer that is itself traced with PTRACE_O_SUSPEND_SECCOMP cannot pass the "
		 "option on: its own PTRACE_SEIZE with it fails with EPERM",
	.man = "PTRACE_O_SUSPEND_SECCOMP",
	.spec = "C103",
	.since = "4.3",
	.needs = "root",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, suspended_tracer, NULL);

	ASSERT_OK(ptc_suspend_seccomp(PTRACE_SETOPTIONS, pid, 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

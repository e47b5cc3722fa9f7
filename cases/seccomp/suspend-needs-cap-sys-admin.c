// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

static int unprivileged_tracer(void *arg)
{
	pid_t pid;

	ptc_become_unprivileged();
	pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	EXPECT_ERRNO(ptc_suspend_seccomp(PTRACE_SETOPTIONS, pid, 0), EPERM);
	/* Only this option needs the capability. */
	EXPECT_OK(PTRACE(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD));
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SETOPTIONS with PTRACE_O_SUSPEND_SECCOMP fails with EPERM for a "
		 "tracer without CAP_SYS_ADMIN, which may set every other option",
	.man = "PTRACE_O_SUSPEND_SECCOMP",
	.spec = "C102",
	.since = "4.3",
	.needs = "root",
)
{
	ASSERT_EXITED(ptc_fork(unprivileged_tracer, NULL), 0);
}

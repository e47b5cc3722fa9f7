// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

static int unprivileged_tracer(void *arg)
{
	pid_t pid;

	ptc_become_unprivileged();
	pid = ptc_fork(ptc_idle, NULL);
	EXPECT_ERRNO(ptc_suspend_seccomp(PTRACE_SEIZE, pid, 0), EPERM);
	/* Seizing it without the option is allowed. */
	EXPECT_OK(PTRACE(PTRACE_SEIZE, pid, 0, PTRACE_O_TRACESYSGOOD));
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SEIZE with PTRACE_O_SUSPEND_SECCOMP in its options fails with EPERM "
		 "for a tracer without CAP_SYS_ADMIN, which may seize the same process without it",
	.man = "PTRACE_SEIZE; PTRACE_O_SUSPEND_SECCOMP",
	.spec = "C102 C158",
	.since = "4.3",
	.needs = "root",
)
{
	ASSERT_EXITED(ptc_fork(unprivileged_tracer, NULL), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

static int filtered_tracer(void *arg)
{
	pid_t first = ptc_fork(ptc_idle, NULL);
	pid_t second = ptc_fork(ptc_idle, NULL);

	/* Allowed while this tracer has no seccomp filter... */
	ASSERT_OK(ptc_suspend_seccomp(PTRACE_SEIZE, first, 0));
	/* ...refused once it has one. */
	ASSERT_OK(ptc_seccomp_allow_all(1, 0));
	EXPECT_ERRNO(ptc_suspend_seccomp(PTRACE_SEIZE, second, 0), EPERM);
	EXPECT_OK(PTRACE(PTRACE_SEIZE, second, 0, 0));
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SEIZE with PTRACE_O_SUSPEND_SECCOMP fails with EPERM when the tracer "
		 "is itself under a seccomp filter; seizing without the option still works",
	.man = "PTRACE_SEIZE; PTRACE_O_SUSPEND_SECCOMP",
	.spec = "C103 C158",
	.since = "4.3",
	.needs = "root",
)
{
	ASSERT_EXITED(ptc_fork(filtered_tracer, NULL), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

static int filtered_tracer(void *arg)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	/* Allowed while this tracer has no seccomp filter... */
	ASSERT_OK(ptc_suspend_seccomp(PTRACE_SETOPTIONS, pid, 0));
	ASSERT_OK(PTRACE(PTRACE_SETOPTIONS, pid, 0, 0));
	/* ...refused once it has one, even one that allows everything. */
	ASSERT_OK(ptc_seccomp_allow_all(1, 0));
	EXPECT_ERRNO(ptc_suspend_seccomp(PTRACE_SETOPTIONS, pid, 0), EPERM);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SETOPTIONS with PTRACE_O_SUSPEND_SECCOMP fails with EPERM when the "
		 "tracer is itself under a seccomp filter, even as root",
	.man = "PTRACE_O_SUSPEND_SECCOMP",
	.spec = "C103",
	.since = "4.3",
	.needs = "root",
)
{
	ASSERT_EXITED(ptc_fork(filtered_tracer, NULL), 0);
}

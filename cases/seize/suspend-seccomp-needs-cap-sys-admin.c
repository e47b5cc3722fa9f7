// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "lifecycle.h"

static int unprivileged_target(void *gate)
{
	ptc_become_unprivileged();
	return lc_wait_gate(gate);
}

/* Drop every privilege, then seize a target of the same user: with
 * PTRACE_O_SUSPEND_SECCOMP first, without it second. */
static int seize_unprivileged(void *arg)
{
	struct ptc_gate gate;
	pid_t target;

	ptc_gate_init(&gate);
	target = ptc_fork(unprivileged_target, &gate);
	ptc_wait_blocked(target, SYS_read);
	ptc_become_unprivileged();
	errno = 0;
	if (PTRACE(PTRACE_SEIZE, target, 0, PTRACE_O_SUSPEND_SECCOMP) == -1 && errno == EINVAL)
		ptc_unsupported("PTRACE_O_SUSPEND_SECCOMP (CONFIG_CHECKPOINT_RESTORE)");
	EXPECT_EQ(errno, EPERM);
	EXPECT_EQ(lc_tracer_pid(target), 0);
	ASSERT_OK(PTRACE(PTRACE_SEIZE, target, 0, 0));
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SEIZE with PTRACE_O_SUSPEND_SECCOMP fails with EPERM for a caller "
		 "without CAP_SYS_ADMIN, who may seize the same target without that option",
	.man = "PTRACE_SEIZE; PTRACE_O_SUSPEND_SECCOMP",
	.spec = "C158 C102",
	.since = "4.3",
	.needs = "root",
)
{
	ASSERT_EXITED(ptc_fork(seize_unprivileged, NULL), 0);
}

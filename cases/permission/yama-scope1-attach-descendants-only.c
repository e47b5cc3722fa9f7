// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

static int attach_own_child(void *arg)
{
	pid_t child = ptc_fork(ptc_idle, NULL);

	EXPECT_OK(PTRACE(PTRACE_SEIZE, child, 0, 0));
	return 0;
}

static int scope1(void *arg)
{
	pid_t sibling = ptc_spawn_target(ptc_setup_unprivileged, NULL);
	pid_t tracer;

	/* Same user, but not a descendant of the tracer. */
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_ATTACH, sibling), EPERM);
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, sibling), EPERM);
	/* Its own child is. */
	ptc_become_unprivileged();
	tracer = ptc_fork(attach_own_child, NULL);
	ASSERT_EXITED(tracer, 0);
	return 0;
}

PTC_CASE(
	.claim = "With Yama's ptrace_scope 1, an unprivileged tracer may attach only to its own "
		 "descendants: a same-user process elsewhere gives EPERM",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "C307",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(1, scope1, NULL);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

static int attach_own_child(void *arg)
{
	pid_t child;

	ptc_become_unprivileged();
	child = ptc_fork(ptc_idle, NULL);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, child, 0, 0), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, child, 0, 0), EPERM);
	return 0;
}

static int scope2(void *arg)
{
	pid_t target = ptc_spawn_target(ptc_setup_unprivileged, NULL);
	pid_t tracer;

	EXPECT_EQ(ptc_try_attach(NULL, NULL, PTRACE_SEIZE, target), 0);
	tracer = ptc_fork(attach_own_child, NULL);
	ASSERT_EXITED(tracer, 0);
	return 0;
}

PTC_CASE(
	.claim = "With Yama's ptrace_scope 2, only a tracer with CAP_SYS_PTRACE may attach: an "
		 "unprivileged one gets EPERM even for its own child",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "C308",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(2, scope2, NULL);
}

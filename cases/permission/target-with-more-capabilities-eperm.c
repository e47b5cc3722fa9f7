// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

static void unprivileged_keeping_caps(void *arg)
{
	struct ptc_ids ids = PTC_IDS(PTC_UNPRIVILEGED_ID, PTC_UNPRIVILEGED_ID);

	ptc_set_ids(&ids, true);
}

PTC_CASE(
	.claim = "A tracer cannot attach to a process of its own uid and gid whose permitted "
		 "capabilities it lacks (commoncap): EPERM",
	.man = "Ptrace access mode checking",
	.spec = "C306",
	.needs = "root",
)
{
	pid_t target = ptc_spawn_target(unprivileged_keeping_caps, NULL);

	ASSERT_NE(ptc_proc_sigmask(target, "CapPrm"), 0);
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_ATTACH, target), EPERM);
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, target), EPERM);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

PTC_CASE(
	.claim = "A tracer without CAP_SYS_PTRACE cannot attach to a process of its own uid "
		 "whose gid differs from its own: EPERM",
	.man = "Ptrace access mode checking",
	.spec = "C304",
	.needs = "root",
)
{
	struct ptc_ids other_gid = PTC_IDS(PTC_UNPRIVILEGED_ID, 65533);
	pid_t target = ptc_spawn_target(ptc_setup_ids, &other_gid);

	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_ATTACH, target), EPERM);
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, target), EPERM);
}

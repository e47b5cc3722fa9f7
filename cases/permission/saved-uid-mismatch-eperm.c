// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

PTC_CASE(
	.claim = "A tracer without CAP_SYS_PTRACE cannot attach to a process whose real and "
		 "effective uids are its own but whose saved uid is not: EPERM",
	.man = "Ptrace access mode checking",
	.spec = "C304",
	.needs = "root",
)
{
	struct ptc_ids saved_other = { PTC_UNPRIVILEGED_ID, PTC_UNPRIVILEGED_ID, 65533,
				       PTC_UNPRIVILEGED_ID, PTC_UNPRIVILEGED_ID,
				       PTC_UNPRIVILEGED_ID };
	pid_t target = ptc_spawn_target(ptc_setup_ids, &saved_other);

	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_ATTACH, target), EPERM);
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, target), EPERM);
}

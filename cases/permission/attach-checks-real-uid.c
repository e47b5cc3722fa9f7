// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

PTC_CASE(
	.claim = "ATTACH and SEIZE compare the tracer's real uid, not its effective uid, with "
		 "the target's: a real uid that matches is enough, an effective one is not",
	.man = "Ptrace access mode checking",
	.spec = "C145 C304",
	.needs = "root",
)
{
	const gid_t g = PTC_UNPRIVILEGED_ID;
	struct ptc_ids real_match = { PTC_UNPRIVILEGED_ID, 65533, 65533, g, g, g };
	struct ptc_ids effective_match = { 65533, PTC_UNPRIVILEGED_ID, PTC_UNPRIVILEGED_ID,
					   g, g, g };
	pid_t target = ptc_spawn_target(ptc_setup_unprivileged, NULL);

	EXPECT_EQ(ptc_try_attach(ptc_setup_ids, &real_match, PTRACE_ATTACH, target), 0);
	EXPECT_EQ(ptc_try_attach(ptc_setup_ids, &real_match, PTRACE_SEIZE, target), 0);
	EXPECT_EQ(ptc_try_attach(ptc_setup_ids, &effective_match, PTRACE_ATTACH, target), EPERM);
	EXPECT_EQ(ptc_try_attach(ptc_setup_ids, &effective_match, PTRACE_SEIZE, target), EPERM);
}

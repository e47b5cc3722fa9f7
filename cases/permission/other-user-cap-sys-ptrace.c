// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

PTC_CASE(
	.claim = "A tracer with CAP_SYS_PTRACE (root) can attach to a process of another user, "
		 "which an unprivileged tracer may not (EPERM)",
	.man = "Ptrace access mode checking",
	.spec = "C304",
	.needs = "root",
)
{
	struct ptc_ids other = PTC_IDS(65533, 65533);
	pid_t target = ptc_spawn_target(ptc_setup_ids, &other);

	/* Refused without the capability. */
	ASSERT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, target), EPERM);
	EXPECT_EQ(ptc_try_attach(NULL, NULL, PTRACE_ATTACH, target), 0);
	EXPECT_EQ(ptc_try_attach(NULL, NULL, PTRACE_SEIZE, target), 0);
}

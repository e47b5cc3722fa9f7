// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

PTC_CASE(
	.claim = "A tracer with CAP_SYS_PTRACE (root) can attach to a non-dumpable process that "
		 "refuses a tracer of its own uid without it (EPERM)",
	.man = "Ptrace access mode checking",
	.spec = "C305",
	.needs = "root",
)
{
	pid_t target = ptc_spawn_target(ptc_setup_unprivileged_nondumpable, NULL);

	/* Refused without the capability, though the uids match. */
	ASSERT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, target), EPERM);
	EXPECT_EQ(ptc_try_attach(NULL, NULL, PTRACE_ATTACH, target), 0);
	EXPECT_EQ(ptc_try_attach(NULL, NULL, PTRACE_SEIZE, target), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

PTC_CASE(
	.claim = "A tracer without privileges can attach to a dumpable process whose real, "
		 "effective and saved uids and gids all equal its own",
	.man = "Ptrace access mode checking",
	.spec = "C304",
	.needs = "root",
)
{
	pid_t target = ptc_spawn_target(ptc_setup_unprivileged, NULL);

	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_ATTACH, target), 0);
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, target), 0);
}

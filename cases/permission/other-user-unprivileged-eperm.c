// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

PTC_CASE(
	.claim = "A tracer without CAP_SYS_PTRACE cannot attach to a process of another user: "
		 "ATTACH and SEIZE fail with EPERM",
	.man = "Ptrace access mode checking; ERRORS",
	.spec = "C304 C299",
	.needs = "root",
)
{
	struct ptc_ids other = PTC_IDS(65533, 65534);
	pid_t target = ptc_spawn_target(ptc_setup_ids, &other);

	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_ATTACH, target), EPERM);
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, target), EPERM);
}

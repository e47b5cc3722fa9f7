// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

PTC_CASE(
	.claim = "A process of the tracer's own user that made itself non-dumpable "
		 "(PR_SET_DUMPABLE 0) cannot be attached without CAP_SYS_PTRACE: EPERM, while "
		 "its dumpable twin can",
	.man = "Ptrace access mode checking; ERRORS",
	.spec = "C305 C299",
	.needs = "root",
)
{
	pid_t target = ptc_spawn_target(ptc_setup_unprivileged_nondumpable, NULL);
	pid_t twin = ptc_spawn_target(ptc_setup_unprivileged, NULL);

	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_ATTACH, target), EPERM);
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, target), EPERM);
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, twin), 0);
}

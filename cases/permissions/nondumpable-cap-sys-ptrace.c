// SPDX-License-Identifier: GPL-2.0
#include <sys/prctl.h>

#include "ptc.h"
#include "access.h"

static void unprivileged_nondumpable(void *arg)
{
	ptc_become_unprivileged();
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

PTC_CASE(
	.claim = "A tracer with CAP_SYS_PTRACE (root) can attach to a non-dumpable process",
	.man = "Ptrace access mode checking",
	.spec = "C305",
	.needs = "root",
)
{
	pid_t target = ptc_spawn_target(unprivileged_nondumpable, NULL);

	EXPECT_EQ(ptc_try_attach(NULL, NULL, PTRACE_ATTACH, target), 0);
	EXPECT_EQ(ptc_try_attach(NULL, NULL, PTRACE_SEIZE, target), 0);
}

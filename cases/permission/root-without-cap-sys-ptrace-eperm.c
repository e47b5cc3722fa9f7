// SPDX-License-Identifier: GPL-2.0
#include <linux/capability.h>

#include "ptc.h"
#include "access.h"

static void drop_cap_sys_ptrace(void *arg)
{
	ptc_drop_capability(CAP_SYS_PTRACE);
}

PTC_CASE(
	.claim = "It is CAP_SYS_PTRACE, not uid 0, that lets a tracer attach to another user's "
		 "process: root without it gets EPERM",
	.man = "Ptrace access mode checking",
	.spec = "C304",
	.needs = "root",
)
{
	struct ptc_ids other = PTC_IDS(65533, 65533);
	pid_t target = ptc_spawn_target(ptc_setup_ids, &other);

	EXPECT_EQ(ptc_try_attach(drop_cap_sys_ptrace, NULL, PTRACE_ATTACH, target), EPERM);
	EXPECT_EQ(ptc_try_attach(drop_cap_sys_ptrace, NULL, PTRACE_SEIZE, target), EPERM);
	EXPECT_EQ(ptc_try_attach(NULL, NULL, PTRACE_SEIZE, target), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

static void unprivileged_in_own_userns(void *arg)
{
	ptc_become_unprivileged();
	ASSERT_OK(unshare(CLONE_NEWUSER));
}

static int scope1(void *arg)
{
	pid_t plain = ptc_spawn_target(ptc_setup_unprivileged, NULL);
	pid_t in_userns = ptc_spawn_target(unprivileged_in_own_userns, NULL);

	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, plain), EPERM);
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, in_userns), 0);
	return 0;
}

PTC_CASE(
	.claim = "Under Yama's ptrace_scope 1, a process that created a user namespace can be "
		 "attached by any same-user tracer, which holds CAP_SYS_PTRACE in that namespace; "
		 "the same process without the namespace cannot",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "C309",
	.needs = "root alone",
)
{
	if (ptc_yama_scope() >= 0 && !ptc_userns_available(true))
		ptc_skip("cannot create a user namespace without privileges here");
	ptc_with_yama_scope(1, scope1, NULL);
}

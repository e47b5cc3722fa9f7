// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

static void enter_new_userns(void *arg)
{
	ASSERT_OK(unshare(CLONE_NEWUSER));
}

PTC_CASE(
	.claim = "Root that moved into a new user namespace has CAP_SYS_PTRACE only there: it "
		 "can no longer attach to another user's process outside it (EPERM), which it "
		 "could before",
	.man = "Ptrace access mode checking",
	.spec = "C304",
	.needs = "root",
)
{
	struct ptc_ids other = PTC_IDS(65533, 65533);
	pid_t target;

	if (!ptc_userns_available(false))
		ptc_skip("cannot create a user namespace here");
	target = ptc_spawn_target(ptc_setup_ids, &other);
	EXPECT_EQ(ptc_try_attach(NULL, NULL, PTRACE_SEIZE, target), 0);
	EXPECT_EQ(ptc_try_attach(enter_new_userns, NULL, PTRACE_ATTACH, target), EPERM);
	EXPECT_EQ(ptc_try_attach(enter_new_userns, NULL, PTRACE_SEIZE, target), EPERM);
}

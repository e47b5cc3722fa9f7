// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

static int scope3(void *arg)
{
	pid_t child = ptc_fork(ptc_idle, NULL);

	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, child, 0, 0), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, child, 0, 0), EPERM);
	return 0;
}

PTC_CASE(
	.claim = "With Yama's ptrace_scope 3 nobody may attach, not even root to its own child: "
		 "EPERM",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "C308",
)
{
	ptc_with_yama_scope(3, scope3, NULL);
}

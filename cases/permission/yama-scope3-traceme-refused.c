// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

static int root_parent(void *arg)
{
	pid_t pid = ptc_fork(ptc_traceme_refused, NULL);

	ASSERT_EXITED(pid, 0);
	return 0;
}

PTC_CASE(
	.claim = "With Yama's ptrace_scope 3, PTRACE_TRACEME always fails with EPERM, even "
		 "under a root parent",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "C014",
)
{
	ptc_with_yama_scope(3, root_parent, NULL);
}

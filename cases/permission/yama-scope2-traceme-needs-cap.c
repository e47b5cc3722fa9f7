// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

static int parents(void *arg)
{
	pid_t pid;

	/* A root parent has CAP_SYS_PTRACE: its child may ask. */
	pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	EXPECT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* An unprivileged parent has not. */
	ptc_become_unprivileged();
	pid = ptc_fork(ptc_traceme_refused, NULL);
	ASSERT_EXITED(pid, 0);
	return 0;
}

PTC_CASE(
	.claim = "With Yama's ptrace_scope 2, PTRACE_TRACEME succeeds only if the parent has "
		 "CAP_SYS_PTRACE; under an unprivileged parent it fails with EPERM",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "C013",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(2, parents, NULL);
}

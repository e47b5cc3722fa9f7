// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

/* An unprivileged parent whose child asks to be traced. */
static int traceme_child(void *arg)
{
	pid_t pid;

	ptc_become_unprivileged();
	pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	EXPECT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	return 0;
}

PTC_CASE(
	.claim = "With Yama's ptrace_scope 0 or 1, PTRACE_TRACEME works as without Yama, for an "
		 "unprivileged parent too",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "C012",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(0, traceme_child, NULL);
	ptc_with_yama_scope(1, traceme_child, NULL);
}

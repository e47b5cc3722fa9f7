// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "exit_group() called by a non-leader thread ends every thread: each traced "
		 "thread reports its death with the group's exit code",
	.man = "Death under ptrace",
	.spec = "C219",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_seized(2, 0);

	ptc_threads_command(t, 1, PTC_T_EXIT_GROUP, 5);
	ASSERT_EXITED(t->tid[1], 5);
	ASSERT_EXITED(t->tid[0], 5);
}

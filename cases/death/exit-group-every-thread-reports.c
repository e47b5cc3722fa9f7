// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "exit_group() called by a non-leader thread ends every thread: each traced "
		 "thread reports its death with the group's exit code",
	.man = "Death under ptrace",
	.spec = "C219",
	.since = "3.4",
	.variants = "wait",
)
{
	struct lc_mt *mt = lc_mt_start();

	lc_mt_seize(mt, 0);
	lc_mt_command(mt, LC_THREAD, LC_OP_EXIT_GROUP, 5);
	ASSERT_EXITED(mt->tid, 5);
	ASSERT_EXITED(mt->pid, 5);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "lifecycle.h"

PTC_CASE(
	.claim = "A traced thread that calls _exit (SYS_exit) reports only its own death, with "
		 "its own exit code; the other thread runs on and reports nothing until it exits",
	.man = "Death under ptrace",
	.spec = "C218",
	.since = "3.4",
	.variants = "wait",
)
{
	struct lc_mt *mt = lc_mt_start();

	lc_mt_seize(mt, 0);
	lc_mt_command(mt, LC_THREAD, LC_OP_EXIT, 3);
	ASSERT_EXITED(mt->tid, 3);
	EXPECT_EQ(ptc_proc_syscall(mt->pid), SYS_read);
	LC_EXPECT_NO_REPORT(mt->pid, __WALL);
	lc_mt_command(mt, LC_LEADER, LC_OP_EXIT_GROUP, 4);
	ASSERT_EXITED(mt->pid, 4);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"

PTC_CASE(
	.claim = "A traced thread that calls _exit (SYS_exit) reports only its own death, with "
		 "its own exit code; the other thread runs on and reports nothing until it exits",
	.man = "Death under ptrace",
	.spec = "C218",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_seized(2, 0);

	ptc_threads_command(t, 1, PTC_T_EXIT, 3);
	ASSERT_EXITED(t->tid[1], 3);
	EXPECT_EQ(ptc_proc_syscall(t->tid[0]), SYS_read);
	EXPECT_NO_REPORT(t->tid[0], __WALL);
	ptc_threads_command(t, 0, PTC_T_EXIT_GROUP, 4);
	ASSERT_EXITED(t->tid[0], 4);
}

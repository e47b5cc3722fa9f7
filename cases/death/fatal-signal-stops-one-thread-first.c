// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "lifecycle.h"

PTC_CASE(
	.claim = "A fatal signal to a traced process first stops only the thread it went to, in "
		 "signal-delivery-stop; the other threads run on, and suppressing it saves the "
		 "whole process",
	.man = "Death under ptrace",
	.spec = "C214 C230",
	.since = "3.4",
	.variants = "wait",
)
{
	struct lc_mt *mt = lc_mt_start();

	lc_mt_seize(mt, 0);
	ASSERT_OK(ptc_tgkill(mt->pid, mt->tid, SIGTERM));
	ASSERT_SIGNAL_STOP(mt->tid, SIGTERM);
	/* The leader is untouched: still in its read(), nothing to report. */
	EXPECT_EQ(ptc_proc_state(mt->pid), 'S');
	EXPECT_EQ(ptc_proc_syscall(mt->pid), SYS_read);
	LC_EXPECT_NO_REPORT(mt->pid, __WALL);
	ASSERT_OK(PTRACE(PTRACE_CONT, mt->tid, 0, 0));
	/* Both threads are back in read(), alive. */
	ptc_wait_blocked(mt->tid, SYS_read);
	ptc_wait_blocked(mt->pid, SYS_read);
	LC_EXPECT_NO_REPORT(-1, __WALL);
}

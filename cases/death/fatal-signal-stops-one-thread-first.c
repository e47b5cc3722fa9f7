// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"

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
	struct ptc_threads *t = ptc_threads_seized(2, 0);

	ASSERT_OK(ptc_tgkill(t->tid[0], t->tid[1], SIGTERM));
	ASSERT_SIGNAL_STOP(t->tid[1], SIGTERM);
	/* The leader is untouched: still in its read(), nothing to report. */
	EXPECT_EQ(ptc_proc_state(t->tid[0]), 'S');
	EXPECT_EQ(ptc_proc_syscall(t->tid[0]), SYS_read);
	EXPECT_NO_REPORT(t->tid[0], __WALL);
	ASSERT_OK(PTRACE(PTRACE_CONT, t->tid[1], 0, 0));
	/* Both threads are back in read(), alive. */
	ptc_wait_blocked(t->tid[1], SYS_read);
	ptc_wait_blocked(t->tid[0], SYS_read);
	EXPECT_NO_REPORT(-1, __WALL);
}

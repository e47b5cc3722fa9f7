// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "SIGKILL kills every thread of a process where only some threads are traced: "
		 "the traced thread, held in a stop, reports its death to the tracer and the "
		 "untraced leader dies too",
	.man = "Death under ptrace",
	.spec = "C217",
	.since = "3.4",
	.variants = "wait",
)
{
	struct lc_mt *mt = lc_mt_start();

	ASSERT_OK(PTRACE(PTRACE_SEIZE, mt->tid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, mt->tid, 0, 0));
	ASSERT_EVENT_STOP(mt->tid, PTRACE_EVENT_STOP, SIGTRAP);
	EXPECT_EQ(lc_tracer_pid(mt->pid), 0);
	ASSERT_OK(kill(mt->pid, SIGKILL));
	ASSERT_KILLED(mt->tid, SIGKILL);
	/* The leader is an ordinary child of this process. */
	ASSERT_KILLED(mt->pid, SIGKILL);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

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
	struct ptc_threads *t = ptc_threads_new(2);

	ptc_threads_start(t);
	ASSERT_OK(PTRACE(PTRACE_SEIZE, t->tid[1], 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, t->tid[1], 0, 0));
	ASSERT_EVENT_STOP(t->tid[1], PTRACE_EVENT_STOP, SIGTRAP);
	EXPECT_EQ(ptc_proc_tracer(t->tid[0]), 0);
	ASSERT_OK(kill(t->tid[0], SIGKILL));
	ASSERT_KILLED(t->tid[1], SIGKILL);
	/* The leader is an ordinary child of this process. */
	ASSERT_KILLED(t->tid[0], SIGKILL);
}

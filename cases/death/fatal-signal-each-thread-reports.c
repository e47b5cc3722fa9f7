// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A fatal signal injected into one traced thread kills every thread of the "
		 "process, and each traced thread reports its own death to the tracer",
	.man = "Death under ptrace",
	.spec = "C213 C214",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_seized(2, 0);

	ASSERT_OK(ptc_tgkill(t->tid[0], t->tid[1], SIGTERM));
	ASSERT_SIGNAL_STOP(t->tid[1], SIGTERM);
	ASSERT_OK(PTRACE(PTRACE_CONT, t->tid[1], 0, SIGTERM));
	/* The leader's report waits until the other thread is reaped. */
	ASSERT_KILLED(t->tid[1], SIGTERM);
	ASSERT_KILLED(t->tid[0], SIGTERM);
}

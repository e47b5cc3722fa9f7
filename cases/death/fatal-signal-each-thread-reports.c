// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "A fatal signal injected into one traced thread kills every thread of the "
		 "process, and each traced thread reports its own death to the tracer",
	.man = "Death under ptrace",
	.spec = "C213 C214",
	.since = "3.4",
	.variants = "wait",
)
{
	struct lc_mt *mt = lc_mt_start();

	lc_mt_seize(mt, 0);
	ASSERT_OK(ptc_tgkill(mt->pid, mt->tid, SIGTERM));
	ASSERT_SIGNAL_STOP(mt->tid, SIGTERM);
	ASSERT_OK(PTRACE(PTRACE_CONT, mt->tid, 0, SIGTERM));
	/* The leader's report waits until the other thread is reaped. */
	ASSERT_KILLED(mt->tid, SIGTERM);
	ASSERT_KILLED(mt->pid, SIGTERM);
}

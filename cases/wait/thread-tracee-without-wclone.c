// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

PTC_CASE(
	.claim = "A traced non-leader thread is reported to a wait that has neither __WCLONE nor "
		 "__WALL: tracees are waitable whatever their kind",
	.man = "Stopped states",
	.spec = "C224 5.E24",
	.since = "4.7",
	.variants = "wait",
	.links = "linux-git:bf959931ddb8",
)
{
	struct ptc_threads *t = ptc_threads_new(2);
	int status = 0;

	ptc_threads_start(t);
	ASSERT_OK(PTRACE(PTRACE_SEIZE, t->tid[1], 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, t->tid[1], 0, 0));
	ASSERT_EQ(ptc_wait(t->tid[1], &status, 0), t->tid[1]);
	EXPECT_TRUE(WIFSTOPPED(status));
	EXPECT_EQ(status >> 8, (PTRACE_EVENT_STOP << 8) | SIGTRAP);
}

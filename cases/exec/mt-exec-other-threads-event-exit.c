// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "When a non-leader thread execs, every other traced thread (the leader included) "
		 "first stops in PTRACE_EVENT_EXIT, with event message 0",
	.man = "execve(2) under ptrace",
	.spec = "C284 C220",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	struct ptc_mt_exec r;

	ptc_mt_exec(t, &r, 5, true);
	EXPECT_TRUE(r.exit_event[0]);
	EXPECT_TRUE(r.exit_event[1]);
	EXPECT_EQ(r.exit_msg[0], 0);
	EXPECT_EQ(r.exit_msg[1], 0);
}

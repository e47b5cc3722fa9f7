// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "A ptrace-stop of a non-leader thread is reported by waitpid(-1) under that "
		 "thread's TID, not its process ID, with WIFSTOPPED true",
	.man = "Stopped states",
	.spec = "C224 C001",
	.since = "3.4",
	.variants = "wait",
)
{
	struct lc_mt *mt = lc_mt_start();
	struct ptc_stop st;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, mt->tid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, mt->tid, 0, 0));
	st = ptc_next_stop(-1);
	EXPECT_EQ(st.pid, mt->tid);
	EXPECT_TRUE(WIFSTOPPED(st.status));
	EXPECT_STOP_IS(&st, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_STOP, .sig = SIGTRAP);
}

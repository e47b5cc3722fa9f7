// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A ptrace-stop of a non-leader thread is reported by waitpid(-1) under that "
		 "thread's TID, not its process ID, with WIFSTOPPED true",
	.man = "Stopped states",
	.spec = "C224 C001",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_new(2);
	struct ptc_stop st;

	ptc_threads_start(t);
	ASSERT_OK(PTRACE(PTRACE_SEIZE, t->tid[1], 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, t->tid[1], 0, 0));
	st = ptc_next_stop(-1);
	EXPECT_EQ(st.pid, t->tid[1]);
	EXPECT_TRUE(WIFSTOPPED(st.status));
	EXPECT_STOP_IS(&st, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_STOP, .sig = SIGTRAP);
}

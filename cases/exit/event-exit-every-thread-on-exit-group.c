// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "exit_group(4) from one thread stops every traced thread of the group in "
		 "PTRACE_EVENT_EXIT, each with the group's status 0x400 as event message",
	.man = "Death under ptrace; PTRACE_O_TRACEEXIT",
	.spec = "C219 C220 C096",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	bool seen[PTC_NTHREADS] = { false };

	t->action[1] = PTC_T_EXIT_GROUP;
	t->code[1] = 4;
	ptc_threads_start(t);
	ptc_threads_seize(t, 7, PTRACE_O_TRACEEXIT);
	ptc_threads_go(t, 1);
	/* Three stops, in any order; a thread resumed first may report its
	 * death in between. */
	for (int n = 0; n < PTC_NTHREADS;) {
		struct ptc_stop st = ptc_next_stop(-1);
		int i = 0;

		while (i < PTC_NTHREADS && t->tid[i] != st.pid)
			i++;
		ASSERT_LT(i, PTC_NTHREADS);
		if (st.kind == PTC_EXITED && seen[i])
			continue;
		ASSERT_FALSE(seen[i]);
		ASSERT_STOP_IS(&st, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_EXIT, .sig = SIGTRAP);
		EXPECT_EQ(ptc_eventmsg(st.pid), 0x400);
		seen[i] = true;
		n++;
		ASSERT_OK(PTRACE(PTRACE_CONT, st.pid, 0, 0));
	}
}

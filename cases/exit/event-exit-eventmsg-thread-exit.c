// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A non-leader thread calling the exit syscall with 5 stops alone in "
		 "PTRACE_EVENT_EXIT with event message 0x500, then reports its exit; the other "
		 "threads keep running",
	.man = "PTRACE_O_TRACEEXIT; Death under ptrace",
	.spec = "C096 C218 C220",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	int status;

	t->action[1] = PTC_T_EXIT;
	t->code[1] = 5;
	ptc_threads_start(t);
	ptc_threads_seize(t, 7, PTRACE_O_TRACEEXIT);
	ptc_threads_go(t, 1);
	ASSERT_EVENT_STOP(t->tid[1], PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(t->tid[1]), 0x500);
	ASSERT_OK(PTRACE(PTRACE_CONT, t->tid[1], 0, 0));
	ASSERT_EXITED(t->tid[1], 5);
	/* The others were not touched: nothing to report, neither stopped
	 * nor dead. */
	EXPECT_EQ(ptc_wait(-1, &status, __WALL | WNOHANG), 0);
	for (int i = 0; i < PTC_NTHREADS; i += 2) {
		char state = ptc_proc_state(t->tid[i]);

		EXPECT_TRUE(state == 'R' || state == 'S');
	}
}

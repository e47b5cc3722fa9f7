// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "In a tracee whose two threads were seized, SIGTSTP causes one "
		 "signal-delivery-stop (in either thread); once injected, each thread reports "
		 "its own PTRACE_EVENT_STOP with WSTOPSIG SIGTSTP",
	.man = "Group-stop; PTRACE_SEIZE",
	.spec = "C245 C246 C159",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_seized(2, 0);
	struct ptc_stop st;

	ASSERT_OK(kill(t->tid[0], SIGTSTP));
	st = ptc_next_stop(-1);
	ASSERT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGTSTP);
	ASSERT_TRUE(st.pid == t->tid[0] || st.pid == t->tid[1]);
	ASSERT_OK(PTRACE(PTRACE_CONT, st.pid, 0, SIGTSTP));
	ASSERT_EVENT_STOP(t->tid[0], PTRACE_EVENT_STOP, SIGTSTP);
	ASSERT_EVENT_STOP(t->tid[1], PTRACE_EVENT_STOP, SIGTSTP);
}

// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

/* Group-stop the tracee, LISTEN, SIGCONT it, then wait with WCONTINUED
 * until the "continued" report comes (a re-trap may come first). */
static int consume_continued(struct ptc_tracer *t)
{
	pid_t pid = t->tracee;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGCONT));
	for (;;) {
		struct ptc_stop st = ASSERT_REPORT(pid, WCONTINUED | __WALL);

		if (st.kind == PTC_CONTINUED)
			break;
		ASSERT_STOP_IS(&st, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_STOP);
	}
	ptc_tracer_pause(t);
	return 0;
}

PTC_CASE(
	.claim = "The \"continued\" state is one per process: when a tracer that is not the real "
		 "parent collects it with WCONTINUED, the real parent's WCONTINUED wait no longer "
		 "sees the SIGCONT",
	.man = "Stopped states",
	.spec = "C226",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	struct ptc_tracer other;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ptc_tracer_start(&other, consume_continued, pid);
	EXPECT_NO_REPORT(pid, WCONTINUED);
	ptc_tracer_finish(&other);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}

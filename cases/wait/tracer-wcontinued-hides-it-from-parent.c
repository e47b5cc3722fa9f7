// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

struct arg {
	pid_t tracee;
	struct ptc_gate consumed, done;
};

/* Group-stop the tracee, LISTEN, SIGCONT it, then wait with WCONTINUED
 * until the "continued" report comes (a re-trap may come first). */
static int consume_continued(void *p)
{
	struct arg *a = p;
	pid_t pid = a->tracee;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGCONT));
	for (;;) {
		struct ptc_stop st = LC_ASSERT_REPORT(pid, WCONTINUED | __WALL);

		if (st.kind == PTC_CONTINUED)
			break;
		ASSERT_STOP_IS(&st, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_STOP);
	}
	ptc_gate_open(&a->consumed);
	ptc_gate_wait(&a->done);
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
	struct arg a;
	pid_t tracer;

	a.tracee = lc_fork_blocked(lc_wait_gate, &gate);
	ptc_gate_init(&a.consumed);
	ptc_gate_init(&a.done);
	tracer = ptc_fork(consume_continued, &a);
	lc_gate_wait_child(&a.consumed);
	LC_EXPECT_NO_REPORT(a.tracee, WCONTINUED);
	ptc_gate_open(&a.done);
	ASSERT_EXITED(tracer, 0);
	ptc_gate_open(&gate);
	ASSERT_EXITED(a.tracee, 0);
}

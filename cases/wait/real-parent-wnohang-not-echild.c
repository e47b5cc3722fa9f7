// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

struct arg {
	pid_t tracee;
	struct ptc_gate stopped, done;
};

static int hold_in_stop(void *p)
{
	struct arg *a = p;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, a->tracee, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, a->tracee, 0, 0));
	ASSERT_EVENT_STOP(a->tracee, PTRACE_EVENT_STOP, SIGTRAP);
	ptc_gate_open(&a->stopped);
	ptc_gate_wait(&a->done);
	return 0;
}

PTC_CASE(
	.claim = "The real parent of a child another process traces still has it as a child: "
		 "its WNOHANG waits return 0, never ECHILD, and do not see the ptrace-stop",
	.man = "Real parent; Stopped states",
	.spec = "C293 5.E26",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	struct arg a;
	pid_t tracer;

	a.tracee = lc_fork_blocked(lc_wait_gate, &gate);
	ptc_gate_init(&a.stopped);
	ptc_gate_init(&a.done);
	tracer = ptc_fork(hold_in_stop, &a);
	lc_gate_wait_child(&a.stopped);
	LC_EXPECT_NO_REPORT(a.tracee, 0);
	LC_EXPECT_NO_REPORT(a.tracee, WUNTRACED | __WALL);
	LC_EXPECT_NO_REPORT(-1, WUNTRACED | WCONTINUED);
	ptc_gate_open(&a.done);
	ASSERT_EXITED(tracer, 0);
	ptc_gate_open(&gate);
	ASSERT_EXITED(a.tracee, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

struct arg {
	pid_t tracee;
	struct ptc_gate attached, collect;
};

static int seize_then_collect(void *p)
{
	struct arg *a = p;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, a->tracee, 0, 0));
	ptc_gate_open(&a->attached);
	ptc_gate_wait(&a->collect);
	ASSERT_EXITED(a->tracee, 0);
	return 0;
}

PTC_CASE(
	.claim = "A traced process's exit goes to its tracer first: its real parent's wait "
		 "reports nothing while the zombie awaits the tracer, and reports the exit once "
		 "the tracer has collected it",
	.man = "Real parent",
	.spec = "C293",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	struct arg a;
	pid_t tracer;

	a.tracee = lc_fork_blocked(lc_wait_gate, &gate);
	ptc_gate_init(&a.attached);
	ptc_gate_init(&a.collect);
	tracer = ptc_fork(seize_then_collect, &a);
	lc_gate_wait_child(&a.attached);
	ptc_gate_open(&gate);
	ptc_wait_state(a.tracee, "Z");
	LC_EXPECT_NO_REPORT(a.tracee, WUNTRACED | WCONTINUED | __WALL);
	ptc_gate_open(&a.collect);
	ASSERT_EXITED(tracer, 0);
	ASSERT_EXITED(a.tracee, 0);
}

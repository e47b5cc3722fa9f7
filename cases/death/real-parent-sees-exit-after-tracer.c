// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

static int seize_then_collect(struct ptc_tracer *t)
{
	ASSERT_OK(PTRACE(PTRACE_SEIZE, t->tracee, 0, 0));
	ptc_tracer_pause(t);
	ASSERT_EXITED(t->tracee, 0);
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
	struct ptc_tracer other;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ptc_tracer_start(&other, seize_then_collect, pid);
	ptc_gate_open(&gate);
	ptc_wait_state(pid, "Z");
	EXPECT_NO_REPORT(pid, WUNTRACED | WCONTINUED | __WALL);
	ptc_tracer_finish(&other);
	ASSERT_EXITED(pid, 0);
}

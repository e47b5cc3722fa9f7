// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

static int attach_then_detach(struct ptc_tracer *t)
{
	ASSERT_OK(PTRACE(PTRACE_ATTACH, t->tracee, 0, 0));
	ASSERT_SIGNAL_STOP(t->tracee, SIGSTOP);
	ptc_tracer_pause(t);
	ASSERT_OK(PTRACE(PTRACE_DETACH, t->tracee, 0, 0));
	return 0;
}

PTC_CASE(
	.claim = "The real parent of a process another tracer attaches to sees no stop: while "
		 "the attach SIGSTOP holds it, and after the tracer detached suppressing it, the "
		 "parent's WUNTRACED wait reports nothing but the final exit",
	.man = "Attaching and detaching; Real parent",
	.spec = "C143 C166 5.E27",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	struct ptc_tracer other;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ptc_tracer_start(&other, attach_then_detach, pid);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	EXPECT_NO_REPORT(pid, WUNTRACED | WCONTINUED);
	ptc_tracer_finish(&other);
	ptc_gate_open(&gate);
	ASSERT_REPORT(pid, WUNTRACED | WCONTINUED, .kind = PTC_EXITED, .code = 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

struct arg {
	pid_t tracee;
	struct ptc_gate attached;
};

static int seize_exitkill_and_wait(void *p)
{
	struct arg *a = p;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, a->tracee, 0, PTRACE_O_EXITKILL));
	ptc_gate_open(&a->attached);
	return ptc_idle(NULL);
}

PTC_CASE(
	.claim = "PTRACE_O_EXITKILL also applies when the tracer is killed by SIGKILL: the tracee "
		 "dies of SIGKILL with it",
	.man = "PTRACE_O_EXITKILL",
	.spec = "C173",
	.since = "3.8",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	struct arg a;
	pid_t tracer;

	a.tracee = lc_fork_blocked(lc_wait_gate, &gate);
	ptc_gate_init(&a.attached);
	tracer = ptc_fork(seize_exitkill_and_wait, &a);
	lc_gate_wait_child(&a.attached);
	EXPECT_EQ(lc_tracer_pid(a.tracee), tracer);
	ASSERT_OK(kill(tracer, SIGKILL));
	ASSERT_KILLED(tracer, SIGKILL);
	ASSERT_KILLED(a.tracee, SIGKILL);
}

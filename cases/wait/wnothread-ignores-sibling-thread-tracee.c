// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

struct arg {
	struct ptc_gate exit_gate, traced, done;
	pid_t tracee;
};

/* A second thread of the case forks the tracee (TRACEME: this thread is
 * its tracer and parent), lets it run, and stays until told. */
static void *trace_from_thread(void *p)
{
	struct arg *a = p;

	a->tracee = ptc_start(PTC_TRACEME, 0, ptc_wait_gate, &a->exit_gate);
	ASSERT_OK(PTRACE(PTRACE_CONT, a->tracee, 0, 0));
	ptc_gate_open(&a->traced);
	ptc_gate_wait(&a->done);
	return NULL;
}

PTC_CASE(
	.claim = "__WNOTHREAD limits a wait to the caller thread's own tracees and children: "
		 "another thread's tracee gives ECHILD with it, and is reported without it",
	.man = "Stopped states",
	.spec = "C225 5.E23",
	.variants = "wait",
)
{
	struct arg a;
	int status;

	ptc_gate_init(&a.exit_gate);
	ptc_gate_init(&a.traced);
	ptc_gate_init(&a.done);
	ptc_thread_start(trace_from_thread, &a);
	ptc_gate_wait(&a.traced);
	ptc_gate_open(&a.exit_gate);
	EXPECT_ERRNO(ptc_wait(a.tracee, &status, __WALL | __WNOTHREAD), ECHILD);
	ASSERT_EXITED(a.tracee, 0);
	ptc_gate_open(&a.done);
}

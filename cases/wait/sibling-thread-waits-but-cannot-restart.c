// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"
#include "signals.h"

struct arg {
	struct ptc_gate exit_gate, traced, done;
	pid_t tracee;
};

/* A second thread of the case becomes the tracer and lets the tracee run
 * into a signal; it stays until told. */
static void *trace_from_thread(void *p)
{
	struct arg *a = p;

	a->tracee = ptc_start(PTC_TRACEME, 0, ptc_wait_gate_or_handle, &a->exit_gate);
	ASSERT_OK(PTRACE(PTRACE_CONT, a->tracee, 0, 0));
	ptc_gate_open(&a->traced);
	ptc_gate_wait(&a->done);
	ASSERT_OK(PTRACE(PTRACE_CONT, a->tracee, 0, 0));
	return NULL;
}

PTC_CASE(
	.claim = "Any thread of the tracer's process can wait for a tracee's stop, but only the "
		 "tracer thread itself can act on it: requests from the other thread fail with "
		 "ESRCH",
	.man = "DESCRIPTION; Stopped states",
	.spec = "C001 C017 5.E23",
	.variants = "wait",
)
{
	struct arg a;

	ptc_gate_init(&a.exit_gate);
	ptc_gate_init(&a.traced);
	ptc_gate_init(&a.done);
	ptc_thread_start(trace_from_thread, &a);
	ptc_gate_wait(&a.traced);
	ASSERT_OK(kill(a.tracee, SIGWINCH));
	ASSERT_SIGNAL_STOP(a.tracee, SIGWINCH);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, a.tracee, 0, 0), ESRCH);
	ptc_gate_open(&a.done);
	ptc_gate_open(&a.exit_gate);
	ASSERT_EXITED(a.tracee, 0);
}

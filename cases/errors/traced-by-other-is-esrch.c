// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "lifecycle.h"

struct tracer_arg {
	pid_t tracee;
	struct ptc_gate stopped, done;
};

/* Another process traces the tracee and holds it in a ptrace-stop. */
static int other_tracer(void *p)
{
	struct tracer_arg *a = p;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, a->tracee, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, a->tracee, 0, 0));
	ASSERT_EVENT_STOP(a->tracee, PTRACE_EVENT_STOP, SIGTRAP);
	ptc_gate_open(&a->stopped);
	ptc_gate_wait(&a->done);
	return 0;
}

PTC_CASE(
	.claim = "A tracee in a ptrace-stop of another tracer is not the caller's: requests on "
		 "it fail with ESRCH",
	.man = "ERRORS",
	.spec = "C017",
	.since = "3.4",
)
{
	struct ptc_gate gate;
	struct tracer_arg a;
	pid_t tracer;
	siginfo_t si;
	long word;

	ptc_gate_init(&gate);
	a.tracee = ptc_fork(lc_wait_gate, &gate);
	ptc_wait_blocked(a.tracee, SYS_read);
	ptc_gate_init(&a.stopped);
	ptc_gate_init(&a.done);
	tracer = ptc_fork(other_tracer, &a);
	lc_gate_wait_child(&a.stopped);
	EXPECT_EQ(lc_tracer_pid(a.tracee), tracer);
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, a.tracee, 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKDATA, a.tracee, &word, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, a.tracee, 0, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_DETACH, a.tracee, 0, 0), ESRCH);
	/* The other tracer's stop is undisturbed. */
	EXPECT_EQ(ptc_proc_state(a.tracee), 't');
	ptc_gate_open(&a.done);
	ASSERT_EXITED(tracer, 0);
}

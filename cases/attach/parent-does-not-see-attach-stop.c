// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "lifecycle.h"

struct arg {
	pid_t tracee;
	struct ptc_gate stopped, go;
};

static int attach_then_detach(void *p)
{
	struct arg *a = p;

	ASSERT_OK(PTRACE(PTRACE_ATTACH, a->tracee, 0, 0));
	ASSERT_SIGNAL_STOP(a->tracee, SIGSTOP);
	ptc_gate_open(&a->stopped);
	ptc_gate_wait(&a->go);
	ASSERT_OK(PTRACE(PTRACE_DETACH, a->tracee, 0, 0));
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
	struct arg a;
	pid_t tracer;

	ptc_gate_init(&gate);
	ptc_gate_init(&a.stopped);
	ptc_gate_init(&a.go);
	a.tracee = ptc_fork(lc_wait_gate, &gate);
	ptc_wait_blocked(a.tracee, SYS_read);
	tracer = ptc_fork(attach_then_detach, &a);
	lc_gate_wait_child(&a.stopped);
	EXPECT_EQ(ptc_proc_state(a.tracee), 't');
	LC_EXPECT_NO_REPORT(a.tracee, WUNTRACED | WCONTINUED);
	ptc_gate_open(&a.go);
	ASSERT_EXITED(tracer, 0);
	ptc_gate_open(&gate);
	LC_ASSERT_REPORT(a.tracee, WUNTRACED | WCONTINUED, .kind = PTC_EXITED, .code = 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

struct arg {
	pid_t tracee;
	struct ptc_gate detached, exited;
};

/* Attach, detach, and check there is nothing left to wait for once the
 * former tracee has exited. */
static int attach_detach_wait(void *p)
{
	struct arg *a = p;
	int status;

	ASSERT_OK(PTRACE(PTRACE_ATTACH, a->tracee, 0, 0));
	ASSERT_SIGNAL_STOP(a->tracee, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, a->tracee, 0, 0));
	ptc_gate_open(&a->detached);
	ptc_gate_wait(&a->exited);
	EXPECT_ERRNO(ptc_wait(a->tracee, &status, WNOHANG | __WALL), ECHILD);
	return 0;
}

PTC_CASE(
	.claim = "After PTRACE_DETACH the former tracer is out of the picture: the former "
		 "tracee's exit goes to its real parent alone, and the former tracer's wait for it "
		 "fails with ECHILD",
	.man = "PTRACE_DETACH; Real parent",
	.spec = "C007 C166 C293",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	struct arg a;
	pid_t tracer;

	a.tracee = lc_fork_blocked(lc_wait_gate, &gate);
	ptc_gate_init(&a.detached);
	ptc_gate_init(&a.exited);
	tracer = ptc_fork(attach_detach_wait, &a);
	lc_gate_wait_child(&a.detached);
	ptc_gate_open(&gate);
	ASSERT_EXITED(a.tracee, 0);
	ptc_gate_open(&a.exited);
	ASSERT_EXITED(tracer, 0);
}

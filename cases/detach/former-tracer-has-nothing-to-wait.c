// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

/* Attach and detach; once the former tracee has exited, wait for it. */
static int attach_detach_wait(struct ptc_tracer *t)
{
	int status;

	ASSERT_OK(PTRACE(PTRACE_ATTACH, t->tracee, 0, 0));
	ASSERT_SIGNAL_STOP(t->tracee, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, t->tracee, 0, 0));
	ptc_tracer_pause(t);
	EXPECT_ERRNO(ptc_wait(t->tracee, &status, WNOHANG | __WALL), ECHILD);
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
	struct ptc_tracer other;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ptc_tracer_start(&other, attach_detach_wait, pid);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
	ptc_tracer_finish(&other);
}

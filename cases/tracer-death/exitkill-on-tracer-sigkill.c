// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

static int seize_exitkill_and_wait(struct ptc_tracer *t)
{
	ASSERT_OK(PTRACE(PTRACE_SEIZE, t->tracee, 0, PTRACE_O_EXITKILL));
	ptc_tracer_pause(t);
	return 0;
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
	struct ptc_tracer other;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ptc_tracer_start(&other, seize_exitkill_and_wait, pid);
	EXPECT_EQ(ptc_proc_tracer(pid), other.pid);
	ASSERT_OK(kill(other.pid, SIGKILL));
	ASSERT_KILLED(other.pid, SIGKILL);
	ASSERT_KILLED(pid, SIGKILL);
}

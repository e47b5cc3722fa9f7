// SPDX-License-Identifier: GPL-2.0
#include "events.h"

static int seize_two_then_exit(void *arg)
{
	pid_t *tracee = arg;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, tracee[0], 0, PTRACE_O_EXITKILL));
	ASSERT_OK(PTRACE(PTRACE_SEIZE, tracee[1], 0, 0));
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_O_EXITKILL acts per tracee: when the tracer exits, the tracee seized with "
		 "it dies of SIGKILL while one seized without it is detached and lives on",
	.man = "PTRACE_O_EXITKILL; PTRACE_SEIZE",
	.spec = "C081 C080 C155",
	.since = "3.8",
)
{
	pid_t tracee[2], tracer;

	tracee[0] = ptc_fork(ptc_idle, NULL);
	tracee[1] = ptc_fork(ptc_idle, NULL);
	tracer = ptc_fork(seize_two_then_exit, tracee);
	/* The tracer is gone only after it let go of both tracees. */
	ASSERT_EXITED(tracer, 0);
	ASSERT_KILLED(tracee[0], SIGKILL);
	EXPECT_EQ(ptc_proc_tracer(tracee[1]), 0);
	ASSERT_OK(kill(tracee[1], SIGTERM));
	ASSERT_KILLED(tracee[1], SIGTERM);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/prctl.h>

#include "ptc.h"

/* The tracer: a process of its own, which starts two tracees, seizes the
 * first with EXITKILL and the second without, and exits. */
static int tracer_body(void *arg)
{
	pid_t *tracee = arg;

	tracee[0] = ptc_fork(ptc_idle, NULL);
	tracee[1] = ptc_fork(ptc_idle, NULL);
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
	pid_t *tracee = ptc_shared(2 * sizeof(*tracee));

	/* The orphaned tracees come to this process, to be waited for. */
	ASSERT_OK(prctl(PR_SET_CHILD_SUBREAPER, 1));
	/* The tracer is gone only after it let go of both tracees. */
	ASSERT_EXITED(ptc_fork(tracer_body, tracee), 0);
	ASSERT_TRUE(tracee[0] > 0 && tracee[1] > 0);
	ASSERT_KILLED(tracee[0], SIGKILL);
	EXPECT_EQ(ptc_proc_tracer(tracee[1]), 0);
	ASSERT_OK(kill(tracee[1], SIGTERM));
	ASSERT_KILLED(tracee[1], SIGTERM);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/prctl.h>

#include "ptc.h"

/* The tracer: a process of its own, which starts its tracee, attaches to
 * it with EXITKILL and exits with the tracee running. */
static int tracer_body(void *arg)
{
	pid_t *tracee = arg;

	*tracee = ptc_fork(ptc_idle, NULL);
	ASSERT_OK(PTRACE(PTRACE_ATTACH, *tracee, 0, 0));
	ASSERT_SIGNAL_STOP(*tracee, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_SETOPTIONS, *tracee, 0, PTRACE_O_EXITKILL));
	ASSERT_OK(PTRACE(PTRACE_CONT, *tracee, 0, 0));
	return 0;
}

PTC_CASE(
	.claim = "With PTRACE_O_EXITKILL, the tracer's exit kills the tracee with SIGKILL",
	.man = "PTRACE_O_EXITKILL",
	.spec = "C081 C082",
	.since = "3.8",
	.variants = "wait",
)
{
	pid_t *tracee = ptc_shared(sizeof(*tracee));

	/* The orphaned tracee comes to this process, to be waited for. */
	ASSERT_OK(prctl(PR_SET_CHILD_SUBREAPER, 1));
	ASSERT_EXITED(ptc_fork(tracer_body, tracee), 0);
	ASSERT_GT(*tracee, 0);
	ASSERT_KILLED(*tracee, SIGKILL);
}

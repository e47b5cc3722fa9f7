// SPDX-License-Identifier: GPL-2.0
#include "events.h"

static int attach_then_exit(void *arg)
{
	pid_t tracee = *(pid_t *)arg;

	ASSERT_OK(PTRACE(PTRACE_ATTACH, tracee, 0, 0));
	ASSERT_SIGNAL_STOP(tracee, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_SETOPTIONS, tracee, 0, PTRACE_O_EXITKILL));
	ASSERT_OK(PTRACE(PTRACE_CONT, tracee, 0, 0));
	return 0;	/* the tracer exits with its tracee running */
}

PTC_CASE(
	.claim = "With PTRACE_O_EXITKILL, the tracer's exit kills the tracee with SIGKILL",
	.man = "PTRACE_O_EXITKILL",
	.spec = "C081 C082",
	.since = "3.8",
	.variants = "wait",
)
{
	pid_t tracee = ptc_fork(ptc_idle, NULL);
	pid_t tracer = ptc_fork(attach_then_exit, &tracee);

	ASSERT_EXITED(tracer, 0);
	ASSERT_KILLED(tracee, SIGKILL);
}

// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"
#include "signals.h"

/* Leave the tracee in a signal-delivery-stop the tracer never waits for. */
static int stop_unwaited_and_exit(pid_t pid)
{
	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGUSR1));
	ptc_wait_state(pid, "t");
	return 0;
}

PTC_CASE(
	.claim = "When the tracer exits without having waited for a tracee's signal-delivery-stop, "
		 "the tracee is resumed with that signal delivered: its handler runs",
	.man = "Attaching and detaching",
	.spec = "C174",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate_or_handle, &gate);

	ptc_run_tracer(stop_unwaited_and_exit, pid);
	ASSERT_EXITED(pid, PTC_HANDLED(SIGUSR1));
}

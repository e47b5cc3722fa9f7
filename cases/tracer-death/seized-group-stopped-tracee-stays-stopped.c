// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

static int group_stop_and_exit(pid_t pid)
{
	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGTTIN));
	ASSERT_SIGNAL_STOP(pid, SIGTTIN);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGTTIN));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTTIN);
	return 0;
}

PTC_CASE(
	.claim = "When the tracer exits, a seized tracee in the PTRACE_EVENT_STOP of a group-stop "
		 "stays stopped: its real parent collects the stop with WUNTRACED and only SIGCONT "
		 "lets it run on",
	.man = "Attaching and detaching",
	.spec = "C173 C175",
	.since = "3.4",
	.variants = "wait",
	.man_stale = "ptrace(2) calls the restart of group-stopped tracees on tracer death buggy "
		     "and only plans to leave them stopped; the kernel leaves them stopped",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ptc_run_tracer(group_stop_and_exit, pid);
	EXPECT_EQ(ptc_proc_tracer(pid), 0);
	EXPECT_JOB_STOPPED(pid, SIGTTIN, &gate);
}

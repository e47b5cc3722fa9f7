// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

static int group_stop_and_exit(pid_t pid)
{
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	return 0;
}

PTC_CASE(
	.claim = "When the tracer exits, a tracee in group-stop is detached but not resumed: it "
		 "stays in a job-control stop its real parent collects with WUNTRACED, and only "
		 "SIGCONT lets it run on",
	.man = "Attaching and detaching",
	.spec = "C173 C175",
	.variants = "wait",
	.man_stale = "ptrace(2) calls the restart of group-stopped tracees on tracer death buggy "
		     "and only plans to leave them stopped; the kernel leaves them stopped",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ptc_run_tracer(group_stop_and_exit, pid);
	EXPECT_EQ(ptc_proc_tracer(pid), 0);
	EXPECT_JOB_STOPPED(pid, SIGSTOP, &gate);
}

// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

/* Another process attaches to the stopped child and detaches again. */
static int attach_detach(pid_t pid)
{
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	return 0;
}

PTC_CASE(
	.claim = "Attaching to and detaching from a SIGSTOP'd process is invisible to its real "
		 "parent: the process stays stopped, the parent still collects the stop with "
		 "WUNTRACED, and a later SIGCONT gives it WIFCONTINUED",
	.man = "Attaching and detaching; PTRACE_DETACH",
	.spec = "C151 C170 5.E27",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ASSERT_OK(kill(pid, SIGSTOP));
	ptc_wait_state(pid, "T");
	ptc_run_tracer(attach_detach, pid);
	EXPECT_EQ(ptc_proc_tracer(pid), 0);
	EXPECT_JOB_STOPPED(pid, SIGSTOP, &gate);
}

// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

/* ATTACH, PTRACE_O_EXITKILL through SETOPTIONS, group-stop, exit. */
static int group_stop_exitkill_and_exit(pid_t pid)
{
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_EXITKILL));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_O_EXITKILL set with PTRACE_SETOPTIONS kills the tracee on the tracer's "
		 "exit even when it is in group-stop, where a plain tracer death would leave it "
		 "stopped",
	.man = "PTRACE_O_EXITKILL; Attaching and detaching",
	.spec = "C173",
	.since = "3.8",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ptc_run_tracer(group_stop_exitkill_and_exit, pid);
	ASSERT_REPORT(pid, WUNTRACED, .kind = PTC_KILLED, .sig = SIGKILL);
}

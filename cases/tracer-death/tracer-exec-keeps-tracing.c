// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"
#include "exec.h"

/* Stop the tracee, then replace this program with one that only parks. */
static int stop_then_exec(void *arg)
{
	pid_t pid = *(pid_t *)arg;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ptc_exec_self("park", 0);
	return 100;
}

PTC_CASE(
	.claim = "A tracer that calls execve() stays the tracer: after the exec its tracee is "
		 "still traced by it and held in its stop, and is let go only when that process dies",
	.man = "NOTES; Attaching and detaching",
	.spec = "C176 C173",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);
	pid_t tracer = ptc_fork(stop_then_exec, &pid);

	/* Blocked in the new program's first system call: the exec is over. */
	ptc_wait_blocked(tracer, PTC_PARK_NR);
	EXPECT_EQ(ptc_proc_tracer(pid), tracer);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	ASSERT_OK(kill(tracer, SIGKILL));
	ASSERT_KILLED(tracer, SIGKILL);
	EXPECT_EQ(ptc_proc_tracer(pid), 0);
	ptc_wait_blocked(pid, SYS_read);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}

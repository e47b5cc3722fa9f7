// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"

static int interrupt_and_exit(pid_t pid)
{
	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	return 0;
}

PTC_CASE(
	.claim = "When the tracer exits, a tracee it held in a PTRACE_EVENT_STOP is detached and "
		 "resumed: it goes back to the read() it was in and finishes it",
	.man = "Attaching and detaching",
	.spec = "C173",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_fork_blocked(ptc_read_once, &gate);

	ptc_run_tracer(interrupt_and_exit, pid);
	EXPECT_EQ(ptc_proc_tracer(pid), 0);
	ptc_wait_blocked(pid, SYS_read);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}

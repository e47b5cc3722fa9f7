// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "lifecycle.h"

static int fork_waiting_child(void *gate)
{
	pid_t child = fork();

	if (child == 0)
		_exit(lc_wait_gate(gate));
	return child > 0 ? 0 : 100;
}

PTC_CASE(
	.claim = "A child auto-attached from a seized tracee is seized too: PTRACE_INTERRUPT, "
		 "which only seized tracees accept, stops it with PTRACE_EVENT_STOP",
	.man = "PTRACE_SEIZE; PTRACE_INTERRUPT",
	.spec = "C163 C162",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	unsigned long msg;
	pid_t pid, child;

	ptc_gate_init(&gate);
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEFORK, fork_waiting_child, &gate);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg));
	child = (pid_t)msg;
	ASSERT_GT(child, 0);
	ASSERT_NE(child, pid);
	ASSERT_EVENT_STOP(child, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	ptc_wait_blocked(child, SYS_read);
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, child, 0, 0));
	ASSERT_EVENT_STOP(child, PTRACE_EVENT_STOP, SIGTRAP);
}

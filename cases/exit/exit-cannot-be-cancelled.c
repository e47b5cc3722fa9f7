// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static void on_usr1(int sig)
{
	_exit(99);
}

static int handle_usr1_then_exit(void *arg)
{
	signal(SIGUSR1, on_usr1);
	return 3;
}

PTC_CASE(
	.claim = "The tracer cannot cancel an exit from its PTRACE_EVENT_EXIT stop: resuming it "
		 "even with a signal the tracee handles just continues the exit with the same status",
	.man = "PTRACE_O_TRACEEXIT",
	.spec = "C098 C238",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, handle_usr1_then_exit, NULL);

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
	ASSERT_EXITED(pid, 3);
}

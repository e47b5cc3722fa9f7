// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "With PTRACE_O_TRACEEXIT, a fatal signal the tracer injects leads to a "
		 "PTRACE_EVENT_EXIT stop whose event message is the signal's wait status, before "
		 "the death by that signal",
	.man = "Death under ptrace; PTRACE_O_TRACEEXIT",
	.spec = "C220",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	unsigned long msg;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, lc_wait_gate, &gate);
	ASSERT_OK(kill(pid, SIGTERM));
	ASSERT_SIGNAL_STOP(pid, SIGTERM);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGTERM));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg));
	EXPECT_EQ(msg, SIGTERM);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_KILLED(pid, SIGTERM);
}

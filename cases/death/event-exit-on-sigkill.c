// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "With PTRACE_O_TRACEEXIT, even a death by SIGKILL stops in PTRACE_EVENT_EXIT "
		 "first, with the SIGKILL wait status as event message; the tracee dies once "
		 "resumed",
	.man = "Death under ptrace; PTRACE_O_TRACEEXIT; BUGS",
	.spec = "C220",
	.since = "3.4",
	.variants = "wait",
	.man_stale = "ptrace(2) BUGS says a SIGKILL may still cause a PTRACE_EVENT_EXIT stop and "
		     "that this may change; the kernel keeps stopping there",
)
{
	struct ptc_gate gate;
	unsigned long msg;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, lc_wait_gate, &gate);
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg));
	EXPECT_EQ(msg, SIGKILL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_KILLED(pid, SIGKILL);
}

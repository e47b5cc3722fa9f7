// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "SIGKILL, though it has no signal-delivery-stop, still gives a PTRACE_EVENT_EXIT "
		 "stop with event message 9 before the tracee dies of it (the man page's BUGS leave "
		 "open whether this stays; 6.x kernels stop)",
	.man = "BUGS; Death under ptrace; PTRACE_O_TRACEEXIT",
	.spec = "C220 C096 C215",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_idle, NULL);

	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), SIGKILL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_KILLED(pid, SIGKILL);
}

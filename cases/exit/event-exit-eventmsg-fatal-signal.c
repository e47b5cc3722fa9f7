// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A fatal signal first gives its signal-delivery-stop; once the tracer lets it "
		 "through, the tracee stops in PTRACE_EVENT_EXIT with the wait-encoded status as "
		 "event message (15 for SIGTERM), then dies of the signal",
	.man = "PTRACE_O_TRACEEXIT; PTRACE_GETEVENTMSG; Death under ptrace",
	.spec = "C096 C214 C220",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_idle, NULL);

	ASSERT_OK(kill(pid, SIGTERM));
	ASSERT_SIGNAL_STOP(pid, SIGTERM);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGTERM));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), SIGTERM);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_KILLED(pid, SIGTERM);
}

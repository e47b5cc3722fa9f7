// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "SIGKILL ends a signal-delivery-stop without a PTRACE_CONT, but with TRACEEXIT the "
		 "dying tracee stops once more, in PTRACE_EVENT_EXIT with event message 9",
	.man = "Death under ptrace; PTRACE_O_TRACEEXIT; BUGS",
	.spec = "C220 C215 C096",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_raise_tracee, (void *)SIGUSR1);

	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), SIGKILL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_KILLED(pid, SIGKILL);
}

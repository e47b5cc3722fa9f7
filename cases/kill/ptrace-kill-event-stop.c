// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_KILL kills a tracee held in a PTRACE_EVENT_STOP, which is not a "
		 "signal-delivery-stop, with no further stop",
	.man = "PTRACE_KILL",
	.spec = "C139",
	.since = "3.4",
	.variants = "wait",
	.man_stale = "ptrace(2) says PTRACE_KILL may succeed without killing a tracee that is not "
		     "in signal-delivery-stop; since 5.19 it sends SIGKILL whatever the state",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_KILL, pid, 0, 0));
	ASSERT_KILLED(pid, SIGKILL);
}

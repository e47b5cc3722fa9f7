// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "SIGKILL sent to a tracee held in a PTRACE_EVENT_STOP kills it: the next report "
		 "is its death by SIGKILL",
	.man = "Death under ptrace",
	.spec = "C215",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
}

// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "At a PTRACE_EVENT_STOP caused by PTRACE_INTERRUPT, PTRACE_GETEVENTMSG succeeds "
		 "and gives 0",
	.man = "PTRACE_GETEVENTMSG; PTRACE_EVENT stops",
	.spec = "C107 C110",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), 0);
}

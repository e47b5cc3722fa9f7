// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "At a plain signal-delivery-stop PTRACE_GETEVENTMSG succeeds and gives 0 (the man "
		 "page only says the value is not meaningful there)",
	.man = "PTRACE_GETEVENTMSG",
	.spec = "C109 C110",
	.man_stale = "ptrace(2) says only that the message describes the event that just happened, "
		     "leaving its value at other stops open; the kernel resets it after every stop and "
		     "gives 0 at signal-delivery-stops and group-stops",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_raise_tracee, (void *)SIGUSR1);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	EXPECT_EQ(ptc_eventmsg(pid), 0);
}

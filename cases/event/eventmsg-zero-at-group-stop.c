// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "In a group-stop (of a tracee attached with PTRACE_ATTACH) PTRACE_GETEVENTMSG "
		 "succeeds and gives 0",
	.man = "PTRACE_GETEVENTMSG; Group-stop",
	.spec = "C109 C110",
	.man_stale = "ptrace(2) says only that the message describes the event that just happened, "
		     "leaving its value at other stops open; the kernel resets it after every stop and "
		     "gives 0 at signal-delivery-stops and group-stops",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	EXPECT_EQ(ptc_eventmsg(pid), 0);
}

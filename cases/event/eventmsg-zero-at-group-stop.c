// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "In a group-stop (of a tracee attached with PTRACE_ATTACH) PTRACE_GETEVENTMSG "
		 "succeeds and gives 0",
	.man = "PTRACE_GETEVENTMSG; Group-stop",
	.spec = "C109 C110",
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

// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "PTRACE_GETEVENTMSG ignores addr: with a nonzero addr it stores the same message "
		 "at data",
	.man = "PTRACE_GETEVENTMSG",
	.spec = "C107",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	unsigned long msg = 0;
	pid_t pid;

	s->how = PTC_SPAWN_FORK;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEFORK, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0x1234, &msg));
	EXPECT_NE(msg, 0);
	EXPECT_EQ(msg, ptc_eventmsg(pid));
}

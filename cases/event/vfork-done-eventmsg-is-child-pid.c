// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "At a PTRACE_EVENT_VFORK_DONE stop, PTRACE_GETEVENTMSG gives the PID of the vfork "
		 "child that released the tracee (the value vfork() then returns)",
	.man = "PTRACE_O_TRACEVFORKDONE; PTRACE_GETEVENTMSG",
	.spec = "C089",
	.since = "2.6.18",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	unsigned long msg;
	pid_t pid;

	s->how = PTC_SPAWN_VFORK;
	s->marker = true;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEVFORKDONE, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_VFORK_DONE, SIGTRAP);
	msg = ptc_eventmsg(pid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	EXPECT_GT(s->child, 0);
	EXPECT_EQ(msg, (unsigned long)s->child);
	EXPECT_EQ(msg, (unsigned long)s->child_saw);
}

// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "The event message does not outlive its stop: after a PTRACE_EVENT_FORK stop with "
		 "the child's pid as message, the tracee's next signal-delivery-stop gives 0",
	.man = "PTRACE_GETEVENTMSG",
	.spec = "C109",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, child;

	s->how = PTC_SPAWN_FORK;
	s->marker = true;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEFORK, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	child = ptc_take_new_tracee(pid, true);
	EXPECT_EQ(ptc_eventmsg(pid), (unsigned long)child);
	ptc_spawn_finish(s, pid, child);
	EXPECT_EQ(ptc_eventmsg(pid), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A child auto-attached through TRACEFORK inherits its parent's options: with "
		 "TRACEEXIT on the parent, the child's exit gives a PTRACE_EVENT_EXIT stop of the child",
	.man = "PTRACE_SETOPTIONS; PTRACE_O_TRACEFORK",
	.spec = "C080",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, child;

	s->how = PTC_SPAWN_FORK;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEFORK | PTRACE_O_TRACEEXIT, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	child = ptc_take_new_tracee(pid, true);
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	ASSERT_EVENT_STOP(child, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(child), PTC_SPAWN_CODE << 8);
}

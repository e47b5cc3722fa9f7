// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "At a PTRACE_EVENT_VFORK stop, PTRACE_GETEVENTMSG gives the new child's PID: the "
		 "value vfork() then returns in the tracee and the pid the child's first stop is "
		 "reported under",
	.man = "PTRACE_O_TRACEVFORK; PTRACE_GETEVENTMSG",
	.spec = "C087 C090",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, child;

	s->how = PTC_SPAWN_VFORK;
	s->marker = true;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEVFORK, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_VFORK, SIGTRAP);
	child = ptc_take_new_tracee(pid, true);
	ptc_spawn_finish(s, pid, child);
	EXPECT_EQ(s->child, child);
	EXPECT_EQ(s->child_saw, child);
}

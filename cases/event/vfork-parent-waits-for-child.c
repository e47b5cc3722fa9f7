// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "Resumed from PTRACE_EVENT_VFORK, the tracee does not return from vfork() while its "
		 "traced child is held stopped; it returns once the child has exited",
	.man = "PTRACE_EVENT stops",
	.spec = "C255 C087",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, child;

	s->how = PTC_SPAWN_VFORK;
	s->marker = true;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEVFORK, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_VFORK, SIGTRAP);
	child = ptc_take_new_tracee(pid, true);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_state(pid, "D");
	EXPECT_EQ(s->returned, 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	ASSERT_EXITED(child, PTC_SPAWN_CODE);
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	EXPECT_EQ(s->returned, 1);
	EXPECT_EQ(s->child, child);
}

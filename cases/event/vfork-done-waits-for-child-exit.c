// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "PTRACE_EVENT_VFORK_DONE comes only once the vfork child has exited: while the "
		 "traced child is held in its first stop the resumed parent stays blocked in vfork() "
		 "with nothing to report, and after the child's exit it reports VFORK_DONE",
	.man = "PTRACE_EVENT stops; PTRACE_O_TRACEVFORKDONE",
	.spec = "C257 C255",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, child;
	int status;

	s->how = PTC_SPAWN_VFORK;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEVFORK | PTRACE_O_TRACEVFORKDONE, ptc_spawn_tracee,
			s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_VFORK, SIGTRAP);
	child = ptc_take_new_tracee(pid, true);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* Blocked (uninterruptibly) waiting for the child, not stopped. */
	ptc_wait_state(pid, "D");
	ASSERT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	EXPECT_EQ(s->returned, 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	ASSERT_EXITED(child, PTC_SPAWN_CODE);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_VFORK_DONE, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), (unsigned long)child);
	EXPECT_EQ(s->returned, 0);
}

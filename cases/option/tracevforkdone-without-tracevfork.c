// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "PTRACE_O_TRACEVFORKDONE works without TRACEVFORK: the tracee reports no "
		 "PTRACE_EVENT_VFORK and its child is not traced, yet it stops in "
		 "PTRACE_EVENT_VFORK_DONE once the child exits",
	.man = "PTRACE_O_TRACEVFORKDONE",
	.spec = "C088",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	struct ptc_stop st;
	pid_t pid;

	s->how = PTC_SPAWN_VFORK;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEVFORKDONE, ptc_spawn_tracee, s);
	/* Nobody else reports first: no vfork event, no child stop. */
	st = ptc_next_stop(-1);
	ASSERT_EQ(st.pid, pid);
	ASSERT_STOP_IS(&st, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_VFORK_DONE, .sig = SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_TRUE(WIFEXITED(s->child_status) && WEXITSTATUS(s->child_status) == PTC_SPAWN_CODE);
}

// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "clone() with CLONE_VFORK reports PTRACE_EVENT_VFORK (not CLONE or FORK) when "
		 "TRACEVFORK is set, even with TRACECLONE and TRACEFORK set too",
	.man = "PTRACE_O_TRACECLONE; PTRACE_EVENT stops",
	.spec = "C084 C255",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, child;

	s->how = PTC_SPAWN_CLONE;
	s->clone_flags = CLONE_VM | CLONE_VFORK | SIGCHLD;
	s->marker = true;
	pid = ptc_start(PTC_SEIZE,
			PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK,
			ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_VFORK, SIGTRAP);
	child = ptc_take_new_tracee(pid, true);
	ptc_spawn_finish(s, pid, child);
	EXPECT_EQ(s->child, child);
}

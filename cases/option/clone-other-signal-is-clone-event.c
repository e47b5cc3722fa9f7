// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A new process made by clone() with an exit signal other than SIGCHLD reports "
		 "PTRACE_EVENT_CLONE (not FORK), even with TRACEFORK set too",
	.man = "PTRACE_O_TRACECLONE; PTRACE_EVENT stops",
	.spec = "C083 C084 C256",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, child;

	s->how = PTC_SPAWN_CLONE;
	s->clone_flags = PTC_SPAWN_EXIT_SIGNAL;
	s->marker = true;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_CLONE, SIGTRAP);
	child = ptc_take_new_tracee(pid, true);
	ptc_spawn_finish(s, pid, child);
	EXPECT_EQ(s->child, child);
}

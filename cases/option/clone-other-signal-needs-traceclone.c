// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A new process made by clone() with an exit signal other than SIGCHLD, traced "
		 "with TRACEFORK and TRACEVFORK but not TRACECLONE, gives no event stop and the child "
		 "is not traced",
	.man = "PTRACE_O_TRACECLONE; PTRACE_O_TRACEFORK",
	.spec = "C083 C084",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid;

	s->how = PTC_SPAWN_CLONE;
	s->clone_flags = PTC_SPAWN_EXIT_SIGNAL;
	s->marker = true;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK, ptc_spawn_tracee, s);
	ptc_expect_untraced_spawn(s, pid);
}

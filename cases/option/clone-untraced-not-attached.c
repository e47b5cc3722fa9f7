// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A child created with CLONE_UNTRACED is never auto-attached: with TRACEFORK, "
		 "TRACEVFORK and TRACECLONE all set, the clone gives no event stop and the child is "
		 "not traced",
	.man = "PTRACE_O_TRACECLONE",
	.spec = "C085",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid;

	s->how = PTC_SPAWN_CLONE;
	s->clone_flags = CLONE_UNTRACED | SIGCHLD;
	s->marker = true;
	pid = ptc_start(PTC_SEIZE,
			PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE,
			ptc_spawn_tracee, s);
	ptc_expect_untraced_spawn(s, pid);
}

// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "clone() with CLONE_VFORK counts as a vfork: with TRACECLONE and TRACEFORK but not "
		 "TRACEVFORK it gives no event stop and the child is not traced",
	.man = "PTRACE_O_TRACECLONE",
	.spec = "C084",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid;

	s->how = PTC_SPAWN_CLONE;
	s->clone_flags = CLONE_VM | CLONE_VFORK | SIGCHLD;
	s->marker = true;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK, ptc_spawn_tracee, s);
	ptc_expect_untraced_spawn(s, pid);
}

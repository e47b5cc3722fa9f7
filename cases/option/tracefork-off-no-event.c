// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "Without PTRACE_O_TRACEFORK, fork() in a tracee gives no event stop and the child "
		 "is not traced: it runs and exits on its own",
	.man = "PTRACE_O_TRACEFORK",
	.spec = "C086",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid;

	s->how = PTC_SPAWN_FORK;
	s->marker = true;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACECLONE | PTRACE_O_TRACEVFORK, ptc_spawn_tracee, s);
	ptc_expect_untraced_spawn(s, pid);
}

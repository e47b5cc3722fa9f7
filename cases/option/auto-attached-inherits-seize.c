// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A child auto-attached from a seized tracee is itself seized: it accepts "
		 "PTRACE_INTERRUPT, which stops it with PTRACE_EVENT_STOP",
	.man = "PTRACE_SEIZE; PTRACE_INTERRUPT",
	.spec = "C163 C162",
	.since = "3.4",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, child;

	s->how = PTC_SPAWN_FORK;
	s->child_pauses = true;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEFORK, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	child = ptc_take_new_tracee(pid, true);
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, child, 0, 0));
	ASSERT_EVENT_STOP(child, PTRACE_EVENT_STOP, SIGTRAP);
}

// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A child created with CLONE_PTRACE by a seized tracee is seized too: it starts "
		 "with a PTRACE_EVENT_STOP (SIGTRAP), not a SIGSTOP, and the parent reports no event",
	.man = "PTRACE_SEIZE; Attaching and detaching",
	.spec = "5.E22 C160 C163",
	.since = "3.4",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	struct ptc_stop st;
	pid_t pid;

	s->how = PTC_SPAWN_CLONE;
	s->clone_flags = CLONE_PTRACE | SIGCHLD;
	s->marker = true;
	pid = ptc_start(PTC_SEIZE, 0, ptc_spawn_tracee, s);
	st = ptc_next_stop(-1);
	ASSERT_NE(st.pid, pid);
	ASSERT_STOP_IS(&st, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_STOP, .sig = SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, st.pid, 0, 0));
	ASSERT_EXITED(st.pid, PTC_SPAWN_CODE);
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	EXPECT_EQ(s->child, st.pid);
}

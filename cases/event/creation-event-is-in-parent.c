// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "The PTRACE_EVENT_FORK stop happens in the parent (the tracee), not in the new "
		 "child: of the two reports that follow fork(), the event comes under the parent's "
		 "pid and the child only reports its SIGSTOP",
	.man = "PTRACE_EVENT stops",
	.spec = "C258",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	struct ptc_stop a, b, *ev, *other;
	pid_t pid;

	s->how = PTC_SPAWN_FORK;
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEFORK, ptc_spawn_tracee, s);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* The two may come in either order. */
	a = ptc_next_stop(-1);
	b = ptc_next_stop(-1);
	ev = a.pid == pid ? &a : &b;
	other = a.pid == pid ? &b : &a;
	ASSERT_EQ(ev->pid, pid);
	EXPECT_STOP_IS(ev, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_FORK, .sig = SIGTRAP);
	EXPECT_EQ(other->pid, (pid_t)ptc_eventmsg(pid));
	EXPECT_STOP_IS(other, .kind = PTC_SIGNAL_STOP, .sig = SIGSTOP);
}

// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "At a PTRACE_EVENT_CLONE stop for a new thread, PTRACE_GETEVENTMSG gives the new "
		 "thread's TID: the one it sees with gettid() and its first stop is reported under",
	.man = "PTRACE_O_TRACECLONE; PTRACE_GETEVENTMSG",
	.spec = "C083 C090",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, thread;

	s->how = PTC_SPAWN_THREAD;
	s->marker = true;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACECLONE, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_CLONE, SIGTRAP);
	thread = ptc_take_new_tracee(pid, true);
	ptc_spawn_finish(s, pid, thread);
	EXPECT_EQ(s->child_saw, thread);
	EXPECT_NE(thread, pid);
}

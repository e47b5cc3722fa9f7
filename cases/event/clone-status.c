// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "With PTRACE_O_TRACECLONE, creating a thread (clone with CLONE_THREAD) stops the "
		 "tracee in a PTRACE_EVENT_CLONE stop: status>>8 is SIGTRAP | PTRACE_EVENT_CLONE<<8",
	.man = "PTRACE_O_TRACECLONE; PTRACE_EVENT stops",
	.spec = "C083 C253 C256",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	struct ptc_stop st;
	pid_t pid;

	s->how = PTC_SPAWN_THREAD;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACECLONE, ptc_spawn_tracee, s);
	st = ASSERT_EVENT_STOP(pid, PTRACE_EVENT_CLONE, SIGTRAP);
	EXPECT_EQ(st.status >> 8, SIGTRAP | (PTRACE_EVENT_CLONE << 8));
	EXPECT_EQ(WSTOPSIG(st.status), SIGTRAP);
}

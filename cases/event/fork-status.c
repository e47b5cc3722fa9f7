// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "With PTRACE_O_TRACEFORK, fork() stops the tracee in a PTRACE_EVENT_FORK stop: "
		 "status>>8 is SIGTRAP | PTRACE_EVENT_FORK<<8 (WSTOPSIG SIGTRAP)",
	.man = "PTRACE_O_TRACEFORK; PTRACE_EVENT stops",
	.spec = "C086 C253",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	struct ptc_stop st;
	pid_t pid;

	s->how = PTC_SPAWN_FORK;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEFORK, ptc_spawn_tracee, s);
	st = ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	EXPECT_EQ(st.status >> 8, SIGTRAP | (PTRACE_EVENT_FORK << 8));
	EXPECT_EQ(WSTOPSIG(st.status), SIGTRAP);
}

// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "With PTRACE_O_TRACEVFORK, vfork() stops the tracee in a PTRACE_EVENT_VFORK stop: "
		 "status>>8 is SIGTRAP | PTRACE_EVENT_VFORK<<8 (WSTOPSIG SIGTRAP)",
	.man = "PTRACE_O_TRACEVFORK; PTRACE_EVENT stops",
	.spec = "C087 C253",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	struct ptc_stop st;
	pid_t pid;

	s->how = PTC_SPAWN_VFORK;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEVFORK, ptc_spawn_tracee, s);
	st = ASSERT_EVENT_STOP(pid, PTRACE_EVENT_VFORK, SIGTRAP);
	EXPECT_EQ(st.status >> 8, SIGTRAP | (PTRACE_EVENT_VFORK << 8));
	EXPECT_EQ(WSTOPSIG(st.status), SIGTRAP);
}

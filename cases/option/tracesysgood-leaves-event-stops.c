// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "PTRACE_O_TRACESYSGOOD does not touch event stops: a PTRACE_EVENT_FORK stop still "
		 "has status>>8 == SIGTRAP | PTRACE_EVENT_FORK<<8, without bit 0x80",
	.man = "PTRACE_O_TRACESYSGOOD; PTRACE_EVENT stops",
	.spec = "C099 C253",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	struct ptc_stop st;
	pid_t pid;

	s->how = PTC_SPAWN_FORK;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEFORK | PTRACE_O_TRACESYSGOOD, ptc_spawn_tracee, s);
	st = ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	EXPECT_EQ(st.status >> 8, SIGTRAP | (PTRACE_EVENT_FORK << 8));
}

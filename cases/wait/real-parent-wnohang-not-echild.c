// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

PTC_CASE(
	.claim = "The real parent of a child another process traces still has it as a child: "
		 "its WNOHANG waits return 0, never ECHILD, and do not see the ptrace-stop",
	.man = "Real parent; Stopped states",
	.spec = "C293 5.E26",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	struct ptc_tracer other;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ptc_tracer_start(&other, ptc_hold_in_event_stop, pid);
	EXPECT_NO_REPORT(pid, 0);
	EXPECT_NO_REPORT(pid, WUNTRACED | __WALL);
	EXPECT_NO_REPORT(-1, WUNTRACED | WCONTINUED);
	ptc_tracer_finish(&other);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}

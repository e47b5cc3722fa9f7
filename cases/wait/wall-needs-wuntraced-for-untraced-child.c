// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

PTC_CASE(
	.claim = "__WALL stands for WSTOPPED only toward tracees: the job-control stop of an "
		 "untraced child is not reported to __WALL alone, only once WUNTRACED is added",
	.man = "Stopped states",
	.spec = "C225",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ASSERT_OK(kill(pid, SIGSTOP));
	ptc_wait_state(pid, "T");
	EXPECT_NO_REPORT(pid, __WALL);
	ASSERT_REPORT(pid, WNOHANG | WUNTRACED | __WALL, .kind = PTC_JOBCTL_STOP, .sig = SIGSTOP);
}

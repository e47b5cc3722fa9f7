// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "PTRACE_KILL kills a tracee that is running in user space, not in any stop: it "
		 "returns 0 and the next report is the death by SIGKILL",
	.man = "PTRACE_KILL",
	.spec = "C139",
	.variants = "wait",
	.man_stale = "ptrace(2) says PTRACE_KILL may succeed without killing a tracee that is not "
		     "in signal-delivery-stop; since 5.19 it sends SIGKILL whatever the state",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, lc_spin, NULL);

	ptc_wait_state(pid, "R");
	ASSERT_OK(PTRACE(PTRACE_KILL, pid, 0, 0));
	ASSERT_KILLED(pid, SIGKILL);
}

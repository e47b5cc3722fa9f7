// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

PTC_CASE(
	.claim = "PTRACE_DETACH of a tracee that is not in a ptrace-stop (here blocked in read) "
		 "fails with ESRCH and leaves it traced",
	.man = "PTRACE_DETACH; ERRORS",
	.spec = "C167",
	.since = "3.4",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_seize_blocked(ptc_wait_gate, &gate);

	EXPECT_ERRNO(PTRACE(PTRACE_DETACH, pid, 0, 0), ESRCH);
	EXPECT_EQ(ptc_proc_tracer(pid), getpid());
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
}

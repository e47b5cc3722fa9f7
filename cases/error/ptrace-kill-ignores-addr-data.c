// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_KILL ignores addr and data: with garbage in both (data a signal "
		 "number) it still kills the tracee with SIGKILL",
	.man = "PTRACE_KILL",
	.spec = "C137",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	EXPECT_EQ(PTRACE(PTRACE_KILL, pid, 0x1234, SIGUSR1), 0);
	ASSERT_KILLED(pid, SIGKILL);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int exit_0(void *arg)
{
	return 0;
}

PTC_CASE(
	.claim = "For a PTRACE_EVENT stop, status>>8 carries the event: (PTRACE_EVENT_EXIT<<8) | "
		 "SIGTRAP, while WSTOPSIG keeps only the low byte, SIGTRAP",
	.man = "Stopped states; PTRACE_EVENT stops",
	.spec = "C228 C253",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, exit_0, NULL);
	int status = 0;

	ASSERT_EQ(ptc_wait(pid, &status, __WALL), pid);
	ASSERT_TRUE(WIFSTOPPED(status));
	EXPECT_EQ(status >> 8, (PTRACE_EVENT_EXIT << 8) | SIGTRAP);
	EXPECT_EQ(WSTOPSIG(status), SIGTRAP);
}

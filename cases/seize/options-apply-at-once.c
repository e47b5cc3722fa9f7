// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int exit_8(void *arg)
{
	return 8;
}

PTC_CASE(
	.claim = "The options passed in PTRACE_SEIZE's data are in force from the attach on, "
		 "with no PTRACE_SETOPTIONS: a tracee seized with PTRACE_O_TRACEEXIT stops at "
		 "PTRACE_EVENT_EXIT",
	.man = "PTRACE_SEIZE",
	.spec = "C155",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, exit_8, NULL);
	unsigned long msg;

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg));
	EXPECT_EQ(msg, 8 << 8);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 8);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int exit_9(void *arg)
{
	return 9;
}

PTC_CASE(
	.claim = "PTRACE_KILL returns 0 but does nothing to a tracee parked in PTRACE_EVENT_EXIT "
		 "after its group exit began: it stays in the stop until resumed, then exits "
		 "with its own code",
	.man = "PTRACE_KILL; PTRACE_O_TRACEEXIT",
	.spec = "C141",
	.since = "6.1",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, exit_9, NULL);
	unsigned long msg;

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_KILL, pid, 0, 0));
	/* Still in the same stop: it answers requests and has no SIGKILL queued. */
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg));
	EXPECT_EQ(msg, 9 << 8);
	EXPECT_EQ(ptc_proc_sigmask(pid, "SigPnd") & (1ULL << (SIGKILL - 1)), 0);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 9);
}

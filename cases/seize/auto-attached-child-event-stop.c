// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

static int fork_child(void *arg)
{
	pid_t child = fork();

	if (child == 0)
		_exit(3);
	return child > 0 ? 0 : 100;
}

PTC_CASE(
	.claim = "A child auto-attached through PTRACE_O_TRACEFORK from a seized tracee starts "
		 "with a PTRACE_EVENT_STOP whose WSTOPSIG is SIGTRAP, and has no SIGSTOP queued",
	.man = "PTRACE_SEIZE; Attaching and detaching",
	.spec = "C160",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEFORK, fork_child, NULL);
	unsigned long msg;
	pid_t child;

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg));
	child = (pid_t)msg;
	ASSERT_GT(child, 0);
	ASSERT_NE(child, pid);
	ASSERT_EVENT_STOP(child, PTRACE_EVENT_STOP, SIGTRAP);
	EXPECT_EQ(lc_thread_pending(child, SIGSTOP), false);
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	ASSERT_EXITED(child, 3);
}

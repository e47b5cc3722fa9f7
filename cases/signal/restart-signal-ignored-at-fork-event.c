// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static int fork_child(void *arg)
{
	pid_t child = fork();

	if (child == 0)
		_exit(0);
	return child > 0 ? 0 : 1;
}

PTC_CASE(
	.claim = "A signal number passed when restarting from a PTRACE_EVENT stop (here "
		 "PTRACE_EVENT_FORK) is ignored without error: no signal-delivery-stop follows "
		 "and the tracee's handler never runs",
	.man = "Signal injection and suppression",
	.spec = "C238 C239",
	.variants = "wait",
)
{
	unsigned long child = 0;
	pid_t pid;

	ptc_count_signal(SIGUSR1, 0);	/* inherited by the tracee */
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEFORK, fork_child, NULL);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &child));
	ASSERT_GT(child, 0);
	ASSERT_EVENT_STOP((pid_t)child, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, (pid_t)child, 0, 0));
	ASSERT_EXITED((pid_t)child, 0);
	/* Reaping the child queued a SIGCHLD for the tracee. Had SIGUSR1 been
	 * sent, its lower number would be reported first. */
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGCHLD);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
}

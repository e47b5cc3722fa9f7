// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int fork_child(void *arg)
{
	int status;
	pid_t child = fork();

	if (child == 0)
		_exit(3);
	if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status))
		return 100;
	return WEXITSTATUS(status);
}

PTC_CASE(
	.claim = "A child auto-attached through PTRACE_O_TRACEFORK from a tracee attached with "
		 "PTRACE_ATTACH starts with a SIGSTOP signal-delivery-stop whose siginfo was never "
		 "queued: si_code SI_USER with si_pid 0",
	.man = "Attaching and detaching; PTRACE_O_TRACEFORK",
	.spec = "C164",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, PTRACE_O_TRACEFORK, fork_child, NULL);
	unsigned long msg;
	siginfo_t si;
	pid_t child;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg));
	child = (pid_t)msg;
	ASSERT_GT(child, 0);
	ASSERT_NE(child, pid);
	ASSERT_SIGNAL_STOP(child, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, child, 0, &si));
	EXPECT_EQ(si.si_signo, SIGSTOP);
	EXPECT_EQ(si.si_code, SI_USER);
	EXPECT_EQ(si.si_pid, 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	ASSERT_EXITED(child, 3);
	/* The real parent hears of the exit once the tracer collected it. */
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGCHLD);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGCHLD));
	ASSERT_EXITED(pid, 3);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"

static int fork_then_wait(void *arg)
{
	pid_t child;
	int status;

	ptc_block_signal(SIGCHLD);
	child = fork();
	if (child == 0)
		_exit(7);
	EXPECT_EQ(wait4(child, &status, 0, NULL), child);
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 7);
	return 0;
}

PTC_CASE(
	.claim = "A tracee's wait for its own child, auto-attached to the same tracer, blocks "
		 "while the dead child's exit is still waiting for the tracer, and returns it "
		 "only after the tracer has collected it",
	.man = "Real parent; PTRACE_O_TRACEFORK",
	.spec = "5.E26 C293",
	.links = "gVisor ptrace.cc ExitWhenParentIsNotTracer_Syscall_TraceVfork_TraceVforkDone",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEFORK, fork_then_wait, NULL);
	unsigned long child;
	struct ptc_stop st;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &child));
	ASSERT_GT(child, 0);
	ASSERT_SIGNAL_STOP((pid_t)child, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, (pid_t)child, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* The child is dead and uncollected, and the parent's wait4 sleeps. */
	ptc_wait_state((pid_t)child, "Z");
	ASSERT_TRUE(ptc_blocked_or_report(pid, SYS_wait4, &st));
	EXPECT_EQ(ptc_proc_state((pid_t)child), 'Z');
	ASSERT_EXITED((pid_t)child, 7);
	ASSERT_EXITED(pid, 0);
}

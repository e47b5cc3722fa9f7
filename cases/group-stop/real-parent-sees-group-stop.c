// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static pid_t *child;
static struct ptc_gate forked;

static int parent_of_tracee(void *arg)
{
	int status = 0;
	pid_t c = ptc_fork(ptc_idle, NULL);

	*child = c;
	ptc_gate_open(&forked);
	/* Only a group-stop is reported to a parent that is not the tracer. */
	ASSERT_EQ(ptc_wait(c, &status, WUNTRACED), c);
	EXPECT_TRUE(WIFSTOPPED(status));
	EXPECT_EQ(WSTOPSIG(status), SIGSTOP);
	return 0;
}

PTC_CASE(
	.claim = "A group-stop of a tracee is reported to its real parent too, when the tracer "
		 "is another process: the parent's waitpid(WUNTRACED) sees it stopped by SIGSTOP "
		 "(ptrace(2) BUGS says the real parent is not notified)",
	.man = "BUGS; Group-stop",
	.spec = "C252",
	.man_stale = "BUGS says group-stop notifications reach the tracer but not the real "
		     "parent (last confirmed on 2.6.38.6); the kernel notifies the real parent "
		     "once the group-stop completes",
)
{
	pid_t parent, pid;

	child = ptc_shared(sizeof(*child));
	ptc_gate_init(&forked);
	parent = ptc_fork(parent_of_tracee, NULL);
	ptc_gate_wait(&forked);
	pid = *child;
	ASSERT_GT(pid, 0);
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	ASSERT_EXITED(parent, 0);
}

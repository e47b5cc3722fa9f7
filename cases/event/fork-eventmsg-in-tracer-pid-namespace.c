// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "The PTRACE_EVENT_FORK message is the child's pid in the tracer's PID namespace: "
		 "for a tracee inside a nested namespace it differs from the pid fork() returns "
		 "there, and it is the pid the tracer's waits report the child under",
	.man = "PTRACE_O_TRACEFORK; PTRACE_GETEVENTMSG",
	.spec = "C091 C090",
	.needs = "root",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, child;

	s->how = PTC_SPAWN_FORK;
	/* Children created from here on live in a new PID namespace; this
	 * process, their tracer, stays outside it. */
	if (unshare(CLONE_NEWPID) == -1)
		ptc_skip("unshare(CLONE_NEWPID): %s", ptc_errno_name(errno));
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEFORK, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	child = ptc_take_new_tracee(pid, true);
	ptc_spawn_finish(s, pid, child);
	/* Inside, the tracee is init and its child has a small pid of its
	 * own namespace. */
	EXPECT_EQ(s->child, s->child_saw);
	EXPECT_GT(s->child, 0);
	EXPECT_NE(s->child, child);
}

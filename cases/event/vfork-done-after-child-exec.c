// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A vfork child that execs releases its parent: with the child held in its "
		 "PTRACE_EVENT_EXEC stop (alive, running the new program), the tracee reports "
		 "PTRACE_EVENT_VFORK_DONE",
	.man = "PTRACE_EVENT stops; PTRACE_O_TRACEVFORKDONE",
	.spec = "C257 C088",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, child;

	s->how = PTC_SPAWN_VFORK;
	s->child_exec = "exit";
	pid = ptc_start(PTC_SEIZE,
			PTRACE_O_TRACEVFORK | PTRACE_O_TRACEVFORKDONE | PTRACE_O_TRACEEXEC,
			ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_VFORK, SIGTRAP);
	child = ptc_take_new_tracee(pid, true);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	/* The child stays in its exec stop: it cannot exit meanwhile. */
	ASSERT_EVENT_STOP(child, PTRACE_EVENT_EXEC, SIGTRAP);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_VFORK_DONE, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), (unsigned long)child);
	EXPECT_EQ(ptc_proc_state(child), 't');
}

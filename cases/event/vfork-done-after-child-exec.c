// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A vfork child that execs releases its parent: the tracee reports "
		 "PTRACE_EVENT_VFORK_DONE while the child, now running the new program, is still alive",
	.man = "PTRACE_EVENT stops; PTRACE_O_TRACEVFORKDONE",
	.spec = "C257 C088",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	char path[64], cmdline[256] = { 0 };
	unsigned long msg;
	pid_t pid;
	char state;
	FILE *f;

	s->how = PTC_SPAWN_VFORK;
	s->child_exec = "pause";
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEVFORKDONE, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_VFORK_DONE, SIGTRAP);
	msg = ptc_eventmsg(pid);
	ASSERT_TRUE(msg > 0 && msg < 0x7fffffff);
	/* The child lives on in the new program: not a zombie, and its
	 * command line is the one it exec'd with. */
	state = ptc_proc_state((pid_t)msg);
	EXPECT_TRUE(state != 0 && state != 'Z' && state != 'X');
	snprintf(path, sizeof(path), "/proc/%lu/cmdline", msg);
	f = fopen(path, "r");
	ASSERT_TRUE(f != NULL);
	EXPECT_GT(fread(cmdline, 1, sizeof(cmdline) - 1, f), 0);
	fclose(f);
	/* argv[1] follows argv[0]'s terminating NUL. */
	EXPECT_EQ(strcmp(cmdline + strlen(cmdline) + 1, PTC_EXEC_MARK), 0);
}

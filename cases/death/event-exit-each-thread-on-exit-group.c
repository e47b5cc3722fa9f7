// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "With PTRACE_O_TRACEEXIT, exit_group() from one thread stops every traced "
		 "thread in PTRACE_EVENT_EXIT, each with the group's exit status as event message",
	.man = "Death under ptrace; PTRACE_O_TRACEEXIT",
	.spec = "C220 C219",
	.since = "3.4",
	.variants = "wait",
)
{
	struct lc_mt *mt = lc_mt_start();
	unsigned long msg;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, mt->pid, 0, PTRACE_O_TRACEEXIT));
	ASSERT_OK(PTRACE(PTRACE_SEIZE, mt->tid, 0, PTRACE_O_TRACEEXIT));
	lc_mt_command(mt, LC_THREAD, LC_OP_EXIT_GROUP, 5);
	ASSERT_EVENT_STOP(mt->tid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, mt->tid, 0, &msg));
	EXPECT_EQ(msg, 5 << 8);
	ASSERT_EVENT_STOP(mt->pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, mt->pid, 0, &msg));
	EXPECT_EQ(msg, 5 << 8);
	ASSERT_OK(PTRACE(PTRACE_CONT, mt->tid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, mt->pid, 0, 0));
	ASSERT_EXITED(mt->tid, 5);
	ASSERT_EXITED(mt->pid, 5);
}

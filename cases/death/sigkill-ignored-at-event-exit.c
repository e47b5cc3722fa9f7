// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "Once a group exit has begun, SIGKILL does not end the PTRACE_EVENT_EXIT stops "
		 "of the traced threads: they stay stopped, answer requests, have no SIGKILL "
		 "pending, and exit with the group's code only when resumed",
	.man = "Death under ptrace; PTRACE_O_TRACEEXIT",
	.spec = "C221 C141",
	.since = "6.1",
	.variants = "wait",
)
{
	struct lc_mt *mt = lc_mt_start();
	unsigned long msg;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, mt->pid, 0, PTRACE_O_TRACEEXIT));
	ASSERT_OK(PTRACE(PTRACE_SEIZE, mt->tid, 0, PTRACE_O_TRACEEXIT));
	lc_mt_command(mt, LC_THREAD, LC_OP_EXIT_GROUP, 6);
	ASSERT_EVENT_STOP(mt->tid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_EVENT_STOP(mt->pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(kill(mt->pid, SIGKILL));
	ASSERT_OK(ptc_tgkill(mt->pid, mt->tid, SIGKILL));
	EXPECT_OK(PTRACE(PTRACE_GETEVENTMSG, mt->tid, 0, &msg));
	EXPECT_OK(PTRACE(PTRACE_GETEVENTMSG, mt->pid, 0, &msg));
	EXPECT_EQ(msg, 6 << 8);
	EXPECT_FALSE(lc_thread_pending(mt->tid, SIGKILL));
	EXPECT_FALSE(lc_thread_pending(mt->pid, SIGKILL));
	EXPECT_EQ(ptc_proc_state(mt->tid), 't');
	EXPECT_EQ(ptc_proc_state(mt->pid), 't');
	LC_EXPECT_NO_REPORT(-1, __WALL);
	ASSERT_OK(PTRACE(PTRACE_CONT, mt->tid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, mt->pid, 0, 0));
	ASSERT_EXITED(mt->tid, 6);
	ASSERT_EXITED(mt->pid, 6);
}

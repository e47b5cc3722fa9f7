// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "When a traced non-leader thread execs, neither it nor the old leader reports a "
		 "death: the exec stop shows up under the leader's TID with the old TID as event "
		 "message, and the old TID is gone (ECHILD)",
	.man = "Death under ptrace; execve(2) under ptrace",
	.spec = "C222",
	.since = "3.4",
	.variants = "wait",
)
{
	struct lc_mt *mt = lc_mt_start();
	unsigned long msg;
	int status;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, mt->pid, 0, PTRACE_O_TRACEEXEC));
	ASSERT_OK(PTRACE(PTRACE_SEIZE, mt->tid, 0, PTRACE_O_TRACEEXEC));
	lc_mt_command(mt, LC_THREAD, LC_OP_EXEC_PARK, 0);
	ASSERT_EVENT_STOP(mt->pid, PTRACE_EVENT_EXEC, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, mt->pid, 0, &msg));
	EXPECT_EQ(msg, mt->tid);
	EXPECT_ERRNO(ptc_wait(mt->tid, &status, WNOHANG | __WALL), ECHILD);
	ASSERT_OK(PTRACE(PTRACE_CONT, mt->pid, 0, 0));
	ptc_wait_blocked(mt->pid, LC_PARK_NR);
	LC_EXPECT_NO_REPORT(-1, __WALL);
}

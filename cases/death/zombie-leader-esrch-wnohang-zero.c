// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "A traced leader that exited alone is dead to ptrace (requests fail with ESRCH) "
		 "yet not fully dead: while another thread lives, waitpid(WNOHANG) reports "
		 "nothing; its exit is reported once the last thread is gone",
	.man = "Death under ptrace; Stopped states",
	.spec = "C022 C021 C227",
	.since = "3.4",
	.variants = "wait",
)
{
	struct lc_mt *mt = lc_mt_start();
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, mt->pid, 0, 0));
	lc_mt_command(mt, LC_LEADER, LC_OP_EXIT, 0);
	ptc_wait_state(mt->pid, "Z");
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, mt->pid, 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, mt->pid, 0, 0), ESRCH);
	LC_EXPECT_NO_REPORT(mt->pid, __WALL);
	lc_mt_command(mt, LC_THREAD, LC_OP_EXIT_GROUP, 7);
	ASSERT_EXITED(mt->pid, 7);
}

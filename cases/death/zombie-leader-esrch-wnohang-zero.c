// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

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
	struct ptc_threads *t = ptc_threads_new(2);
	siginfo_t si;

	ptc_threads_start(t);
	ASSERT_OK(PTRACE(PTRACE_SEIZE, t->tid[0], 0, 0));
	ptc_threads_command(t, 0, PTC_T_EXIT, 0);
	ptc_wait_state(t->tid[0], "Z");
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, t->tid[0], 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, t->tid[0], 0, 0), ESRCH);
	EXPECT_NO_REPORT(t->tid[0], __WALL);
	ptc_threads_command(t, 1, PTC_T_EXIT_GROUP, 7);
	ASSERT_EXITED(t->tid[0], 7);
}

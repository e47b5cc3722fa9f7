// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "SIGCONT wakes a group-stopped process when it is sent, before any "
		 "signal-delivery-stop: an untraced thread runs again while the traced leader "
		 "is still in group-stop, and suppressing SIGCONT at the leader's later "
		 "signal-delivery-stop only keeps its handler from running",
	.man = "Signal injection and suppression",
	.spec = "C241 C002",
)
{
	struct ptc_threads *t = ptc_threads_new(2);
	int status;

	ptc_count_signal(SIGCONT, 0);	/* inherited by the tracee */
	ptc_threads_start(t);
	ptc_threads_attach(t, 1);	/* the leader only */
	ASSERT_OK(ptc_tgkill(t->tid[0], t->tid[0], SIGSTOP));
	ASSERT_SIGNAL_STOP(t->tid[0], SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, t->tid[0], 0, SIGSTOP));
	ASSERT_GROUP_STOP(t->tid[0], SIGSTOP);
	ptc_wait_state(t->tid[1], "T");

	ASSERT_OK(ptc_tgkill(t->tid[0], t->tid[0], SIGCONT));
	ptc_threads_command(t, 1, PTC_T_PING, 0);	/* the untraced thread runs again */
	EXPECT_EQ(ptc_proc_state(t->tid[0]), 't');
	EXPECT_TRUE(ptc_proc_has_signal(t->tid[0], "SigPnd", SIGCONT));
	EXPECT_EQ(ptc_wait(t->tid[0], &status, __WALL | WNOHANG), 0);

	ASSERT_OK(PTRACE(PTRACE_CONT, t->tid[0], 0, 0));
	ASSERT_SIGNAL_STOP(t->tid[0], SIGCONT);
	ASSERT_OK(PTRACE(PTRACE_CONT, t->tid[0], 0, 0));
	ptc_threads_command(t, 1, PTC_T_PING, 0);	/* and keeps running */
	EXPECT_EQ(ptc_signal_count(SIGCONT), 0);
}

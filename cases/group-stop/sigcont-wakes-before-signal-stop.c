// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "stopstate.h"

PTC_CASE(
	.claim = "SIGCONT wakes a group-stopped process when it is sent, before any "
		 "signal-delivery-stop: an untraced thread runs again while the traced leader "
		 "is still in group-stop, and suppressing SIGCONT at the leader's later "
		 "signal-delivery-stop only keeps its handler from running",
	.man = "Signal injection and suppression",
	.spec = "C241 C002",
)
{
	struct ptc_echo echo;
	struct ptc_mt mt;
	int status;

	ptc_echo_init(&echo);
	ptc_count_signal(SIGCONT, 0);	/* inherited by the tracee */
	ptc_mt_start(&mt, &(struct ptc_mt_spec){ .how = PTC_ATTACH, .nthreads = 1,
						 .untraced_threads = true,
						 .thread_fn = ptc_echo_thread, .arg = &echo });
	ASSERT_OK(ptc_tgkill(mt.pid, mt.pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(mt.pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, mt.pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(mt.pid, SIGSTOP);
	ptc_wait_state(mt.tid[0], "T");

	ASSERT_OK(ptc_tgkill(mt.pid, mt.pid, SIGCONT));
	ptc_echo_ping(&echo);	/* the untraced thread runs again */
	EXPECT_EQ(ptc_proc_state(mt.pid), 't');
	EXPECT_TRUE(ptc_proc_has_signal(mt.pid, "SigPnd", SIGCONT));
	EXPECT_EQ(ptc_wait(mt.pid, &status, __WALL | WNOHANG), 0);

	ASSERT_OK(PTRACE(PTRACE_CONT, mt.pid, 0, 0));
	ASSERT_SIGNAL_STOP(mt.pid, SIGCONT);
	ASSERT_OK(PTRACE(PTRACE_CONT, mt.pid, 0, 0));
	ptc_echo_ping(&echo);	/* and keeps running */
	EXPECT_EQ(ptc_signal_count(SIGCONT), 0);
}

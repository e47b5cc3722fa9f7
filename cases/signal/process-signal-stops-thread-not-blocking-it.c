// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A process-directed signal goes to a thread the kernel picks among those not "
		 "blocking it: when only the non-leader thread accepts SIGUSR1, kill() makes "
		 "that traced thread enter signal-delivery-stop",
	.man = "Signal-delivery-stop",
	.spec = "C230",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_new(2);
	struct ptc_stop st;
	int status;

	/* The thread starts with the leader's mask; the leader blocks SIGUSR1 after. */
	ptc_threads_start(t);
	ptc_threads_command(t, 0, PTC_T_BLOCK, SIGUSR1);
	ptc_threads_seize(t, 3, 0);
	EXPECT_TRUE(ptc_proc_has_signal(t->tid[0], "SigBlk", SIGUSR1));
	EXPECT_FALSE(ptc_proc_has_signal(t->tid[1], "SigBlk", SIGUSR1));
	ASSERT_OK(kill(t->tid[0], SIGUSR1));
	st = ptc_next_stop(-1);
	EXPECT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGUSR1);
	EXPECT_EQ(st.pid, t->tid[1]);
	EXPECT_EQ(ptc_wait(t->tid[0], &status, __WALL | WNOHANG), 0);
}

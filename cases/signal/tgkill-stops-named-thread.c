// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "tgkill names the thread that gets the signal: in a tracee whose two threads "
		 "are traced and both accept SIGUSR1, a tgkill to the non-leader thread makes "
		 "that thread, and only it, enter signal-delivery-stop",
	.man = "Signal-delivery-stop",
	.spec = "C230 C001",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_seized(2, 0);
	struct ptc_stop st;
	int status;

	ASSERT_OK(ptc_tgkill(t->tid[0], t->tid[1], SIGUSR1));
	/* Whoever reports first: it must be the thread named. */
	st = ptc_next_stop(-1);
	EXPECT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGUSR1);
	EXPECT_EQ(st.pid, t->tid[1]);
	EXPECT_FALSE(ptc_proc_has_signal(t->tid[0], "SigPnd", SIGUSR1));
	EXPECT_EQ(ptc_wait(t->tid[0], &status, __WALL | WNOHANG), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "stopstate.h"

static void block_usr1(void *arg)
{
	sigset_t usr1;

	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
}

PTC_CASE(
	.claim = "A process-directed signal goes to a thread the kernel picks among those not "
		 "blocking it: when only the non-leader thread accepts SIGUSR1, kill() makes "
		 "that traced thread enter signal-delivery-stop",
	.man = "Signal-delivery-stop",
	.spec = "C230",
	.variants = "wait",
)
{
	struct ptc_mt mt;
	struct ptc_stop st;
	int status;

	/* The thread starts with the leader's mask; the leader blocks SIGUSR1 after. */
	ptc_mt_start(&mt, &(struct ptc_mt_spec){ .how = PTC_SEIZE, .nthreads = 1,
						 .setup = block_usr1 });
	EXPECT_TRUE(ptc_proc_has_signal(mt.pid, "SigBlk", SIGUSR1));
	EXPECT_FALSE(ptc_proc_has_signal(mt.tid[0], "SigBlk", SIGUSR1));
	ASSERT_OK(kill(mt.pid, SIGUSR1));
	st = ptc_next_stop(-1);
	EXPECT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGUSR1);
	EXPECT_EQ(st.pid, mt.tid[0]);
	EXPECT_EQ(ptc_wait(mt.pid, &status, __WALL | WNOHANG), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "stopstate.h"

PTC_CASE(
	.claim = "A stopping signal stops the other threads only once injected: while the "
		 "leader is in signal-delivery-stop for SIGSTOP its traced sibling keeps "
		 "running, and after injection both report a group-stop",
	.man = "Group-stop",
	.spec = "C246 C245",
	.since = "3.4",
)
{
	struct ptc_echo echo;
	struct ptc_mt mt;

	ptc_echo_init(&echo);
	ptc_mt_start(&mt, &(struct ptc_mt_spec){ .how = PTC_SEIZE, .nthreads = 1,
						 .thread_fn = ptc_echo_thread, .arg = &echo });
	ASSERT_OK(ptc_tgkill(mt.pid, mt.pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(mt.pid, SIGSTOP);
	ptc_echo_ping(&echo);	/* the sibling answers: it runs */
	ASSERT_OK(PTRACE(PTRACE_CONT, mt.pid, 0, SIGSTOP));
	ASSERT_EVENT_STOP(mt.pid, PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_EVENT_STOP(mt.tid[0], PTRACE_EVENT_STOP, SIGSTOP);
	EXPECT_EQ(ptc_proc_state(mt.tid[0]), 't');
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A stopping signal stops the other threads only once injected: while the "
		 "leader is in signal-delivery-stop for SIGSTOP its traced sibling keeps "
		 "running, and after injection both report a group-stop",
	.man = "Group-stop",
	.spec = "C246 C245",
	.since = "3.4",
)
{
	struct ptc_threads *t = ptc_threads_seized(2, 0);

	ASSERT_OK(ptc_tgkill(t->tid[0], t->tid[0], SIGSTOP));
	ASSERT_SIGNAL_STOP(t->tid[0], SIGSTOP);
	ptc_threads_command(t, 1, PTC_T_PING, 0);	/* the sibling answers: it runs */
	ASSERT_OK(PTRACE(PTRACE_CONT, t->tid[0], 0, SIGSTOP));
	ASSERT_EVENT_STOP(t->tid[0], PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_EVENT_STOP(t->tid[1], PTRACE_EVENT_STOP, SIGSTOP);
	EXPECT_EQ(ptc_proc_state(t->tid[1]), 't');
}

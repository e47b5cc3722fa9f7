// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "stopstate.h"

static int req[2], rep[2];

static void *echo(void *arg)
{
	char c;

	for (;;)
		if (read(req[0], &c, 1) == 1)
			write(rep[1], &c, 1);
	return NULL;
}

/* The thread answers only while it runs. */
static void ping(void)
{
	char c = 'p';

	ASSERT_EQ(write(req[1], &c, 1), 1);
	ASSERT_EQ(read(rep[0], &c, 1), 1);
}

PTC_CASE(
	.claim = "A stopping signal stops the other threads only once injected: while the "
		 "leader is in signal-delivery-stop for SIGSTOP its traced sibling keeps "
		 "running, and after injection both report a group-stop",
	.man = "Group-stop",
	.spec = "C246 C245",
	.since = "3.4",
)
{
	struct ptc_mt mt;

	ASSERT_OK(pipe(req));
	ASSERT_OK(pipe(rep));
	ptc_mt_start(&mt, &(struct ptc_mt_spec){ .how = PTC_SEIZE, .nthreads = 1,
						 .thread_fn = echo });
	ASSERT_OK(ptc_tgkill(mt.pid, mt.pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(mt.pid, SIGSTOP);
	ping();
	ASSERT_OK(PTRACE(PTRACE_CONT, mt.pid, 0, SIGSTOP));
	ASSERT_EVENT_STOP(mt.pid, PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_EVENT_STOP(mt.tid[0], PTRACE_EVENT_STOP, SIGSTOP);
	EXPECT_EQ(ptc_proc_state(mt.tid[0]), 't');
}

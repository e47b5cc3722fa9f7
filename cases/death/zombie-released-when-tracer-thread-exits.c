// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static pid_t child;

static int traceme_then_stop(void *arg)
{
	if (PTRACE(PTRACE_TRACEME, 0, 0, 0) == -1)
		PTC_FAIL(true, "PTRACE_TRACEME: %s", ptc_errno_name(errno));
	raise(SIGUSR1);
	return 23;
}

static long fork_trace_and_let_exit(void *arg)
{
	child = ptc_fork(traceme_then_stop, NULL);
	ASSERT_SIGNAL_STOP(child, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	/* Now a zombie nobody collects: we never wait for it. */
	ptc_wait_state(child, "Z");
	return 0;
}

PTC_CASE(
	.claim = "A traced zombie whose tracer is a thread of a process ignoring SIGCHLD is "
		 "released when that tracer thread exits: once the thread is gone, so is the "
		 "zombie, with nobody waiting for it",
	.man = "Real parent; Death under ptrace",
	.spec = "5.E25",
	.links = "ptrace-tests reparent-zombie.c, reparent-zombie-clone.c; "
		 "https://bugzilla.redhat.com/450454; https://bugzilla.redhat.com/443552",
)
{
	struct ptc_worker w;

	signal(SIGCHLD, SIG_IGN);
	ptc_worker_start(&w);
	ASSERT_EQ(ptc_worker_run(&w, fork_trace_and_let_exit, NULL), 0);
	EXPECT_EQ(ptc_proc_tracer(child), w.tid);
	ptc_worker_exit(&w);
	/* Released in the tracer thread's exit: gone, or still being
	 * released (X), but never left a zombie (Z) for someone to reap. */
	EXPECT_NE(ptc_proc_state(child), 'Z');
	ptc_wait_gone(child);
}

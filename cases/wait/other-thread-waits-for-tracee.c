// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static pid_t child;

static long fork_and_attach(void *arg)
{
	child = ptc_fork(ptc_idle, NULL);
	return PTRACE(PTRACE_ATTACH, child, 0, 0) == -1 ? errno : 0;
}

static long detach_child(void *arg)
{
	return PTRACE(PTRACE_DETACH, child, 0, 0) == -1 ? errno : 0;
}

PTC_CASE(
	.claim = "Stops of a tracee attached by one thread are reported to a wait in another "
		 "thread of the same process (waits cover the whole thread group); a __WNOTHREAD "
		 "wait in that other thread, neither tracer nor parent, finds no child (ECHILD)",
	.man = "Stopped states; waitpid(2) __WNOTHREAD",
	.spec = "5.E23",
	.links = "rr tests ptrace_waiter_thread",
	.variants = "wait",
)
{
	struct ptc_worker w;
	int status;

	ptc_worker_start(&w);
	/* The worker is both the child's parent and its tracer. */
	ASSERT_EQ(ptc_worker_run(&w, fork_and_attach, NULL), 0);
	ptc_wait_state(child, "t");
	EXPECT_ERRNO(ptc_wait(child, &status, __WALL | __WNOTHREAD | WNOHANG), ECHILD);
	/* Waited for from a thread that is not the tracer: the status is
	 * all there is (PTRACE_GETSIGINFO from here would be ESRCH). */
	ASSERT_EQ(ptc_wait(child, &status, __WALL), child);
	EXPECT_TRUE(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP);
	if (ptc_wait_flavour == PTC_WAITID)
		EXPECT_EQ(ptc_last_waitid_code, CLD_TRAPPED);
	EXPECT_EQ(ptc_worker_run(&w, detach_child, NULL), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static pid_t child;

static int traceme_then_idle(void *arg)
{
	if (PTRACE(PTRACE_TRACEME, 0, 0, 0) == -1)
		PTC_FAIL(true, "PTRACE_TRACEME: %s", ptc_errno_name(errno));
	raise(SIGSTOP);
	return ptc_idle(NULL);
}

static long fork_tracee(void *arg)
{
	child = ptc_fork(traceme_then_idle, NULL);
	return child;
}

static long cont_child(void *arg)
{
	return PTRACE(PTRACE_CONT, child, 0, 0) == -1 ? errno : 0;
}

PTC_CASE(
	.claim = "After PTRACE_TRACEME the tracer is the thread that forked the child, not its "
		 "whole process: TracerPid shows that thread's tid, requests from another thread "
		 "of the process fail with ESRCH while the forking thread's succeed",
	.man = "PTRACE_TRACEME; DESCRIPTION",
	.spec = "C003 C001 5.E23",
	.variants = "wait",
	.links = "rr tests ptrace_traceme_thread (formerly also identity.traceme-tracer-is-forking-thread)",
)
{
	struct ptc_worker w;
	int status;

	ptc_worker_start(&w);
	ASSERT_GT(ptc_worker_run(&w, fork_tracee, NULL), 0);
	/* Waited for from a thread that is not the tracer: the status is
	 * all there is (PTRACE_GETSIGINFO from here would be ESRCH). */
	ASSERT_EQ(ptc_wait(child, &status, __WALL), child);
	EXPECT_TRUE(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP);
	if (ptc_wait_flavour == PTC_WAITID)
		EXPECT_EQ(ptc_last_waitid_code, CLD_TRAPPED);
	EXPECT_EQ(ptc_proc_tracer(child), w.tid);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, child, 0, 0), ESRCH);
	EXPECT_EQ(ptc_worker_run(&w, cont_child, NULL), 0);
	ASSERT_OK(kill(child, SIGKILL));
	ASSERT_KILLED(child, SIGKILL);
}

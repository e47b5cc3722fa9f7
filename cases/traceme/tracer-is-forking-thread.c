// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

static int traceme_and_stop(void *arg)
{
	ASSERT_OK(PTRACE(PTRACE_TRACEME, 0, 0, 0));
	raise(SIGSTOP);
	return 0;
}

/* A second thread of the case forks the child and sees it stop. */
static void *fork_from_thread(void *done)
{
	pid_t pid = ptc_fork(traceme_and_stop, NULL);

	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	EXPECT_EQ(ptc_proc_tracer(pid), ptc_gettid());
	EXPECT_NE(ptc_proc_tracer(pid), getpid());
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	ptc_gate_open(done);
	return NULL;
}

PTC_CASE(
	.claim = "PTRACE_TRACEME makes the thread that forked the child its tracer, not the whole "
		 "parent process: /proc shows that thread's TID as TracerPid",
	.man = "PTRACE_TRACEME; DESCRIPTION",
	.spec = "C003 C001 5.E23",
	.variants = "wait",
)
{
	struct ptc_gate done;

	ptc_gate_init(&done);
	ptc_thread_start(fork_from_thread, &done);
	ptc_gate_wait(&done);
}

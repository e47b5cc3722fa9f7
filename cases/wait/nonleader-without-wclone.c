// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static pid_t *thread_tid;
static struct ptc_gate started;

static void *idle_thread(void *arg)
{
	for (;;)
		pause();
	return NULL;
}

static int start_thread(void *arg)
{
	*thread_tid = ptc_thread_start(idle_thread, NULL);
	ptc_gate_open(&started);
	return ptc_idle(NULL);
}

PTC_CASE(
	.claim = "A traced thread that is not its process's leader can be waited for by its TID "
		 "without __WCLONE or __WALL: waitpid(tid, 0) reports its attach stop",
	.man = "Stopped states; waitpid(2)",
	.spec = "5.E24",
	.since = "4.7",
	.links = "linux-git:bf959931ddb8; gVisor ptrace.cc PtraceExecveTest",
	.variants = "wait",
)
{
	pid_t pid, tid;
	int status;

	thread_tid = ptc_shared(sizeof(*thread_tid));
	ptc_gate_init(&started);
	pid = ptc_fork(start_thread, NULL);
	ptc_gate_wait(&started);
	tid = *thread_tid;
	ASSERT_NE(tid, pid);
	ASSERT_OK(PTRACE(PTRACE_ATTACH, tid, 0, 0));
	ASSERT_EQ(ptc_wait(tid, &status, 0), tid);
	EXPECT_TRUE(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, tid, 0, 0));
}

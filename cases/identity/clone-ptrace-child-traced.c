// SPDX-License-Identifier: GPL-2.0
#include <sched.h>

#include "ptc.h"
#include "signals.h"

static char stack[64 * 1024] __attribute__((aligned(16)));

static int child_fn(void *arg)
{
	return 0;
}

static int clone_with_ptrace(void *arg)
{
	pid_t child;
	int status;

	/* SIGCHLD would only add a signal-delivery-stop to the picture. */
	ptc_block_signal(SIGCHLD);
	child = clone(child_fn, stack + sizeof(stack), CLONE_PTRACE | SIGCHLD, NULL);
	ASSERT_GT(child, 0);
	EXPECT_EQ(waitpid(child, &status, 0), child);
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	return 0;
}

PTC_CASE(
	.claim = "A child a tracee creates with clone(CLONE_PTRACE) is traced by the tracee's "
		 "tracer from the start, without any PTRACE_O_TRACE* option: it reports a SIGSTOP "
		 "signal-delivery-stop to that tracer, which can then restart it with "
		 "PTRACE_SYSCALL",
	.man = "PTRACE_O_TRACECLONE; clone(2)",
	.spec = "5.E22",
	.links = "ptrace-tests clone-ptrace.c; https://bugzilla.redhat.com/461552",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, clone_with_ptrace, NULL);
	struct ptc_stop st;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = ptc_next_stop(-1);
	ASSERT_NE(st.pid, pid);
	ASSERT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, st.pid, 0, 0));
	ASSERT_STOP(st.pid, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
	ASSERT_OK(PTRACE(PTRACE_CONT, st.pid, 0, 0));
	ASSERT_EXITED(st.pid, 0);
	ASSERT_EXITED(pid, 0);
}

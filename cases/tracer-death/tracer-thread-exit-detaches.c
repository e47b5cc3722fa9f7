// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"

struct arg {
	pid_t tracee;
	struct ptc_gate seized;
};

/* A thread of the case attaches and exits at once. */
static void *seize_and_return(void *p)
{
	struct arg *a = p;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, a->tracee, 0, 0));
	/* TracerPid names the tracer thread, not its process. */
	EXPECT_EQ(ptc_proc_tracer(a->tracee), ptc_gettid());
	ptc_gate_open(&a->seized);
	return NULL;
}

PTC_CASE(
	.claim = "The tracer is the thread that attached, not its process: when that thread "
		 "exits, its tracee is detached although the process lives on, and the other "
		 "threads' requests on it fail with ESRCH",
	.man = "DESCRIPTION; Attaching and detaching",
	.spec = "C001 C173",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	struct arg a;

	a.tracee = ptc_fork_blocked(ptc_wait_gate, &gate);
	ptc_gate_init(&a.seized);
	ptc_thread_start(seize_and_return, &a);
	ptc_gate_wait(&a.seized);
	/* Untraced once that thread is gone. */
	ptc_wait_untraced(a.tracee);
	EXPECT_ERRNO(PTRACE(PTRACE_INTERRUPT, a.tracee, 0, 0), ESRCH);
	EXPECT_EQ(ptc_proc_syscall(a.tracee), SYS_read);
	ptc_gate_open(&gate);
	ASSERT_EXITED(a.tracee, 0);
}

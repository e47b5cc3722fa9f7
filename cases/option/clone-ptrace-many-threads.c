// SPDX-License-Identifier: GPL-2.0
#include <sched.h>
#include <sys/syscall.h>

#include "ptc.h"

#define THREADS 16

static char stacks[THREADS][16 * 1024] __attribute__((aligned(16)));

static int thread_fn(void *arg)
{
	syscall(SYS_exit, 22);
	return 0;
}

static int spawn_threads(void *arg)
{
	for (int i = 0; i < THREADS; i++)
		clone(thread_fn, stacks[i] + sizeof(stacks[i]),
		      CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD |
			      CLONE_SYSVSEM | CLONE_PTRACE,
		      NULL);
	return ptc_idle(NULL);
}

PTC_CASE(
	.claim = "Every one of many threads created at once with CLONE_PTRACE is traced: each "
		 "reports its SIGSTOP, and each restarted once with PTRACE_SYSCALL then reports "
		 "a syscall-stop; none runs on to its exit untraced",
	.man = "clone(2); Syscall-stops",
	.spec = "5.E22",
	.links = "ptrace-tests clone-multi-ptrace.c; https://bugzilla.redhat.com/461456",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, spawn_threads, NULL);
	pid_t seen[THREADS];
	int stops = 0, traps = 0;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	while (stops < THREADS || traps < THREADS) {
		struct ptc_stop st = ptc_next_stop(-1);
		int i;

		ASSERT_NE(st.pid, pid);
		for (i = 0; i < stops && seen[i] != st.pid; i++)
			;
		if (st.kind == PTC_SIGNAL_STOP && st.sig == SIGSTOP) {
			ASSERT_EQ(i, stops);	/* a new thread */
			seen[stops++] = st.pid;
			ASSERT_OK(PTRACE(PTRACE_SYSCALL, st.pid, 0, 0));
		} else {
			/* An old one after its PTRACE_SYSCALL: left stopped. */
			ASSERT_STOP_IS(&st, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
			ASSERT_LT(i, stops);
			traps++;
		}
	}
	EXPECT_EQ(stops, THREADS);
	EXPECT_EQ(traps, THREADS);
}

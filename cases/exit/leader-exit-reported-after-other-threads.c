// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A traced thread-group leader that calls the exit syscall stops in "
		 "PTRACE_EVENT_EXIT, but its exit is not reported while other threads live: the "
		 "zombie leader has nothing to report until the last thread is gone (documented in "
		 "BUGS)",
	.man = "BUGS; execve(2) under ptrace",
	.spec = "C286",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	int status;
	pid_t tgid;

	for (int i = 0; i < PTC_NTHREADS; i++) {
		t->action[i] = PTC_T_EXIT;
		t->code[i] = 6;
	}
	tgid = ptc_threads_start(t);
	ptc_threads_seize(t, 7, PTRACE_O_TRACEEXIT);
	ptc_threads_go(t, 0);
	ASSERT_EVENT_STOP(tgid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, tgid, 0, 0));
	/* Dead, and still nothing to report. */
	ptc_wait_state(tgid, "Z");
	ASSERT_EQ(ptc_wait(tgid, &status, __WALL | WNOHANG), 0);
	for (int i = 1; i < PTC_NTHREADS; i++) {
		ptc_threads_go(t, i);
		ASSERT_EVENT_STOP(t->tid[i], PTRACE_EVENT_EXIT, SIGTRAP);
		ASSERT_OK(PTRACE(PTRACE_CONT, t->tid[i], 0, 0));
		ASSERT_EXITED(t->tid[i], 6);
		if (i < PTC_NTHREADS - 1)
			ASSERT_EQ(ptc_wait(tgid, &status, __WALL | WNOHANG), 0);
	}
	ASSERT_EXITED(tgid, 6);
}

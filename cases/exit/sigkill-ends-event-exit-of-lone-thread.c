// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "Without a group exit, SIGKILL does end a PTRACE_EVENT_EXIT stop: a thread that "
		 "calls the exit syscall while its siblings live stops in PTRACE_EVENT_EXIT, and a "
		 "SIGKILL sent to it then makes it die without being resumed",
	.man = "Death under ptrace; PTRACE_O_TRACEEXIT",
	.spec = "C221 C215 C217",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	pid_t tgid;

	t->action[1] = PTC_T_EXIT;
	t->code[1] = 5;
	tgid = ptc_threads_start(t);
	ptc_threads_seize(t, 7, PTRACE_O_TRACEEXIT);
	ptc_threads_go(t, 1);
	ASSERT_EVENT_STOP(t->tid[1], PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(ptc_tgkill(tgid, t->tid[1], SIGKILL));
	/* The whole group dies; this thread goes without a PTRACE_CONT. */
	ASSERT_KILLED(t->tid[1], SIGKILL);
}

// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "If only the exec'ing non-leader thread is traced, the leader (never traced) seems "
		 "to become a tracee: the exec stop is reported under the leader's TID, which then "
		 "answers ptrace requests",
	.man = "execve(2) under ptrace",
	.spec = "C287 C285",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	struct ptc_stop st;
	pid_t tgid;

	t->action[2] = PTC_T_EXEC;
	t->code[2] = 5;
	tgid = ptc_threads_start(t);
	ptc_threads_seize(t, 1u << 2, PTRACE_O_TRACEEXEC);
	/* Before: the leader is nobody's tracee. */
	EXPECT_EQ(ptc_proc_tracer(tgid), 0);
	EXPECT_ERRNO(PTRACE(PTRACE_INTERRUPT, tgid, 0, 0), ESRCH);
	ptc_threads_go(t, 2);
	st = ptc_next_stop(-1);
	ASSERT_EQ(st.pid, tgid);
	ASSERT_STOP_IS(&st, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_EXEC, .sig = SIGTRAP);
	EXPECT_EQ(ptc_proc_tracer(tgid), getpid());
	EXPECT_EQ(ptc_eventmsg(tgid), (unsigned long)t->tid[2]);
	ASSERT_OK(PTRACE(PTRACE_CONT, tgid, 0, 0));
	ASSERT_EXITED(tgid, 5);
}

// SPDX-License-Identifier: GPL-2.0
#include "events.h"
#include "exec.h"

PTC_CASE(
	.claim = "After a non-leader exec, the exec'ing thread's former TID names nothing: ptrace "
		 "requests on it fail with ESRCH while the same thread answers under the TGID",
	.man = "execve(2) under ptrace",
	.spec = "C289 C288",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	struct ptc_mt_exec r;
	pid_t tgid;

	tgid = ptc_mt_exec(t, &r, 5, true);
	ASSERT_STOP_IS(&r.leader_after, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_EXEC,
		       .sig = SIGTRAP);
	EXPECT_ERRNO(PTRACE(PTRACE_GETEVENTMSG, t->tid[2], 0, &(unsigned long){ 0 }), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, t->tid[2], 0, 0), ESRCH);
	EXPECT_EQ(ptc_eventmsg(tgid), (unsigned long)t->tid[2]);
}

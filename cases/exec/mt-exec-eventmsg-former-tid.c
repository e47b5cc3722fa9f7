// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "At the PTRACE_EVENT_EXEC stop of a non-leader exec, PTRACE_GETEVENTMSG gives the "
		 "exec'ing thread's former TID",
	.man = "PTRACE_O_TRACEEXEC; execve(2) under ptrace",
	.spec = "C093",
	.since = "3.0",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	struct ptc_mt_exec r;

	ptc_mt_exec(t, &r, 5, true);
	ASSERT_STOP_IS(&r.leader_after, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_EXEC,
		       .sig = SIGTRAP);
	EXPECT_EQ(r.exec_msg, (unsigned long)t->tid[2]);
	EXPECT_NE(t->tid[2], t->tid[0]);
}

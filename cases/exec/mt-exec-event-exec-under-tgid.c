// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "When a non-leader thread execs, its PTRACE_EVENT_EXEC stop is reported under the "
		 "thread group ID (the leader's TID), not under its own former TID",
	.man = "execve(2) under ptrace; PTRACE_O_TRACEEXEC",
	.spec = "C285 C283 C093",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	struct ptc_mt_exec r;
	pid_t tgid;

	tgid = ptc_mt_exec(t, &r, 5, true);
	EXPECT_EQ(r.leader_after.pid, tgid);
	EXPECT_STOP_IS(&r.leader_after, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_EXEC,
		       .sig = SIGTRAP);
}

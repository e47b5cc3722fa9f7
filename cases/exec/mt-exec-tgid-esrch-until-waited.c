// SPDX-License-Identifier: GPL-2.0
#include "events.h"
#include "exec.h"

PTC_CASE(
	.claim = "After a non-leader exec, requests on the TGID fail with ESRCH until the tracer "
		 "has waited for the PTRACE_EVENT_EXEC stop (the kernel takes them for requests "
		 "meant for the dead leader); after the wait they work",
	.man = "execve(2) under ptrace",
	.spec = "C289",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	struct ptc_mt_exec r;
	unsigned long msg;
	pid_t tgid;

	tgid = ptc_mt_exec(t, &r, 5, false);
	/* The leader was resumed to its death; the next stop under the
	 * TGID is the exec'ing thread's exec stop, not yet waited for. */
	ptc_wait_state(tgid, "t");
	EXPECT_ERRNO(PTRACE(PTRACE_GETEVENTMSG, tgid, 0, &msg), ESRCH);
	ASSERT_EVENT_STOP(tgid, PTRACE_EVENT_EXEC, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(tgid), (unsigned long)t->tid[2]);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "A leader that reported PTRACE_EVENT_EXIT during a non-leader exec never reports "
		 "its death: the same TID next reports the exec and then lives on as the exec'd "
		 "program until its own exit",
	.man = "execve(2) under ptrace; BUGS",
	.spec = "C286 C222",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	struct ptc_mt_exec r;
	pid_t tgid;
	int status;

	tgid = ptc_mt_exec(t, &r, 5, true);
	ASSERT_TRUE(r.exit_event[0]);
	ASSERT_STOP_IS(&r.leader_after, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_EXEC,
		       .sig = SIGTRAP);
	/* The exec'd program's exit: TRACEEXIT is still set. */
	ASSERT_OK(PTRACE(PTRACE_CONT, tgid, 0, 0));
	ASSERT_EVENT_STOP(tgid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, tgid, 0, 0));
	ASSERT_EXITED(tgid, 5);
	/* And that was the last report of anybody. */
	EXPECT_ERRNO(ptc_wait(-1, &status, __WALL | WNOHANG), ECHILD);
}

// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "A tracee in a ptrace-stop of another tracer is not the caller's: requests on "
		 "it fail with ESRCH",
	.man = "ERRORS",
	.spec = "C017",
	.since = "3.4",
)
{
	struct ptc_gate gate;
	struct lc_tracer other;
	pid_t pid = lc_fork_blocked(lc_wait_gate, &gate);
	siginfo_t si;
	long word;

	lc_tracer_start(&other, lc_hold_in_event_stop, pid);
	EXPECT_EQ(lc_tracer_pid(pid), other.pid);
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKDATA, pid, &word, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, pid, 0, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_DETACH, pid, 0, 0), ESRCH);
	/* The other tracer's stop is undisturbed. */
	EXPECT_EQ(ptc_proc_state(pid), 't');
	lc_tracer_finish(&other);
}

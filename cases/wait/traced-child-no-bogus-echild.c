// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

#define ROUNDS 200

static int exit_at_once(void *arg)
{
	return 0;
}

static int fork_and_wait_loop(void *arg)
{
	for (int i = 0; i < ROUNDS; i++) {
		pid_t child = ptc_fork(exit_at_once, NULL);
		int status;

		if (waitpid(child, &status, 0) != child) {
			PTC_FAIL(false, "round %d: waitpid(%d) of our own child: %s", i, child,
				 ptc_errno_name(errno));
			return 1;
		}
	}
	return 42;
}

PTC_CASE(
	.claim = "A traced process's waitpid for its own traced (auto-attached) child never "
		 "fails with ECHILD: over many fork-and-wait rounds under PTRACE_O_TRACEFORK, "
		 "each wait returns the child once the tracer has collected it",
	.man = "Real parent; PTRACE_O_TRACEFORK",
	.spec = "5.E26 C293",
	.links = "ptrace-tests bogus-echild.c (regression in 3.0, fixed in 3.2)",
	.timeout = "30",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, PTRACE_O_TRACEFORK, fork_and_wait_loop, NULL);
	struct ptc_stop st;
	int exits = 0;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	for (;;) {
		st = ptc_next_stop(-1);
		if (st.pid == pid && (st.kind == PTC_EXITED || st.kind == PTC_KILLED))
			break;
		if (st.kind == PTC_EXITED) {
			exits++;
			continue;
		}
		ASSERT_TRUE(st.kind == PTC_EVENT_STOP || st.kind == PTC_SIGNAL_STOP);
		/* Event stops, the children's first SIGSTOP, the parent's SIGCHLD:
		 * all resumed without a signal. */
		ASSERT_OK(PTRACE(PTRACE_CONT, st.pid, 0, 0));
	}
	EXPECT_STOP_IS(&st, .kind = PTC_EXITED, .code = 42);
	EXPECT_EQ(exits, ROUNDS);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A listening tracee reports a change of its process's job-control state: when "
		 "an untraced sibling thread takes SIGTSTP and starts a group-stop, the tracee "
		 "listening after a PTRACE_INTERRUPT trap stops again with PTRACE_EVENT_STOP "
		 "and WSTOPSIG SIGTSTP",
	.man = "PTRACE_LISTEN; Group-stop",
	.spec = "C128 C126",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_new(2);

	ptc_threads_start(t);
	ptc_threads_seize(t, 1, 0);	/* the leader only */
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, t->tid[0], 0, 0));
	ASSERT_EVENT_STOP(t->tid[0], PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, t->tid[0], 0, 0));
	ASSERT_OK(ptc_tgkill(t->tid[0], t->tid[1], SIGTSTP));
	ASSERT_EVENT_STOP(t->tid[0], PTRACE_EVENT_STOP, SIGTSTP);
	ptc_wait_state(t->tid[1], "T");
}

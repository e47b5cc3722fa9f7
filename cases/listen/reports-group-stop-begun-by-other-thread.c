// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "stopstate.h"

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
	struct ptc_mt mt;

	ptc_mt_start(&mt, &(struct ptc_mt_spec){ .how = PTC_SEIZE, .nthreads = 1,
						 .untraced_threads = true });
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, mt.pid, 0, 0));
	ASSERT_EVENT_STOP(mt.pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, mt.pid, 0, 0));
	ASSERT_OK(ptc_tgkill(mt.pid, mt.tid[0], SIGTSTP));
	ASSERT_EVENT_STOP(mt.pid, PTRACE_EVENT_STOP, SIGTSTP);
	ptc_wait_state(mt.tid[0], "T");
}

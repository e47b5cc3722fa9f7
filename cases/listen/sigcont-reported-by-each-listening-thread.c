// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "stopstate.h"

PTC_CASE(
	.claim = "When both seized threads of a group-stopped process are listening, one "
		 "SIGCONT ends the group-stop for both: each reports its own PTRACE_EVENT_STOP "
		 "with WSTOPSIG SIGTRAP",
	.man = "PTRACE_LISTEN; Group-stop",
	.spec = "C128 C245",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_mt mt;

	ptc_mt_start(&mt, &(struct ptc_mt_spec){ .how = PTC_SEIZE, .nthreads = 1 });
	ASSERT_OK(ptc_tgkill(mt.pid, mt.pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(mt.pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, mt.pid, 0, SIGSTOP));
	ASSERT_EVENT_STOP(mt.pid, PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_EVENT_STOP(mt.tid[0], PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, mt.pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_LISTEN, mt.tid[0], 0, 0));
	ASSERT_OK(kill(mt.pid, SIGCONT));
	ASSERT_EVENT_STOP(mt.pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_EVENT_STOP(mt.tid[0], PTRACE_EVENT_STOP, SIGTRAP);
}

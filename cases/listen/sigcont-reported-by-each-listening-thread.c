// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

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
	struct ptc_threads *t = ptc_threads_seized(2, 0);

	ASSERT_OK(ptc_tgkill(t->tid[0], t->tid[0], SIGSTOP));
	ASSERT_SIGNAL_STOP(t->tid[0], SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, t->tid[0], 0, SIGSTOP));
	ASSERT_EVENT_STOP(t->tid[0], PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_EVENT_STOP(t->tid[1], PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, t->tid[0], 0, 0));
	ASSERT_OK(PTRACE(PTRACE_LISTEN, t->tid[1], 0, 0));
	ASSERT_OK(kill(t->tid[0], SIGCONT));
	ASSERT_EVENT_STOP(t->tid[0], PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_EVENT_STOP(t->tid[1], PTRACE_EVENT_STOP, SIGTRAP);
}

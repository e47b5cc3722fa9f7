// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A child auto-attached from a seized tracee starts with a PTRACE_EVENT_STOP whose "
		 "WSTOPSIG is SIGTRAP (siginfo: SIGTRAP, si_code SIGTRAP | PTRACE_EVENT_STOP<<8), "
		 "not with a SIGSTOP",
	.man = "PTRACE_SEIZE; PTRACE_EVENT stops",
	.spec = "C160 C261",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, child;

	s->how = PTC_SPAWN_FORK;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEFORK, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	child = ptc_take_new_tracee(pid, true);
	ptc_check_event_siginfo(child, PTRACE_EVENT_STOP);
}

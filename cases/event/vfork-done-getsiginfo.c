// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "At a PTRACE_EVENT_VFORK_DONE stop, PTRACE_GETSIGINFO gives si_signo SIGTRAP, "
		 "si_code SIGTRAP | PTRACE_EVENT_VFORK_DONE<<8, si_pid the tracee's own TID and "
		 "si_uid its UID",
	.man = "PTRACE_EVENT stops; PTRACE_GETSIGINFO",
	.spec = "C054 C056",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid;

	s->how = PTC_SPAWN_VFORK;
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEVFORKDONE, ptc_spawn_tracee, s);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_VFORK_DONE, SIGTRAP);
	ptc_check_event_siginfo(pid, PTRACE_EVENT_VFORK_DONE);
}

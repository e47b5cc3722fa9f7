// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "At a PTRACE_EVENT_STOP caused by PTRACE_INTERRUPT, PTRACE_GETSIGINFO gives "
		 "si_signo SIGTRAP, si_code SIGTRAP | PTRACE_EVENT_STOP<<8, si_pid the tracee's own "
		 "TID and si_uid its UID",
	.man = "PTRACE_EVENT stops; PTRACE_GETSIGINFO",
	.spec = "C054 C056 C261",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ptc_check_event_siginfo(pid, PTRACE_EVENT_STOP);
}

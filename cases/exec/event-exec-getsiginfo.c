// SPDX-License-Identifier: GPL-2.0
#include "events.h"
#include "exec.h"

PTC_CASE(
	.claim = "At a PTRACE_EVENT_EXEC stop, PTRACE_GETSIGINFO gives si_signo SIGTRAP, si_code "
		 "SIGTRAP | PTRACE_EVENT_EXEC<<8, si_pid the tracee's own TID and si_uid its UID",
	.man = "PTRACE_EVENT stops; PTRACE_GETSIGINFO",
	.spec = "C054 C056",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXEC, ptc_exec_tracee, (void *)5);

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	ptc_check_event_siginfo(pid, PTRACE_EVENT_EXEC);
}

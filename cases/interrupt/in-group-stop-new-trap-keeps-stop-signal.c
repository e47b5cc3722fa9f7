// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_INTERRUPT issued while a seized tracee is in group-stop traps it again "
		 "once resumed, and that PTRACE_EVENT_STOP still carries the stop signal "
		 "(SIGSTOP): its process has not been continued",
	.man = "PTRACE_INTERRUPT; PTRACE_EVENT stops",
	.spec = "C136 C254",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	ptc_enter_group_stop(pid, true, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGSTOP);
}

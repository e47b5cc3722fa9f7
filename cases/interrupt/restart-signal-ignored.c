// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A signal number passed when restarting from a PTRACE_INTERRUPT trap is "
		 "ignored: the tracee's SIGUSR1 handler never runs and its next report is its "
		 "exit",
	.man = "Signal injection and suppression; PTRACE_INTERRUPT",
	.spec = "C239 C238",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate go;
	pid_t pid = ptc_seize_gated(&go, SIGUSR1);

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ptc_expect_restart_signal_ignored(pid, &go, SIGUSR1);
}

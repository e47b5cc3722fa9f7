// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A signal number passed when restarting a seized tracee from its group-stop "
		 "(PTRACE_EVENT_STOP) is ignored: the tracee's SIGUSR1 handler never runs and "
		 "its next report is its exit",
	.man = "Signal injection and suppression",
	.spec = "C239 C238",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate go;
	pid_t pid = ptc_seize_gated(&go, SIGUSR1);

	ptc_enter_group_stop(pid, true, SIGSTOP);
	ptc_expect_restart_signal_ignored(pid, &go, SIGUSR1);
}

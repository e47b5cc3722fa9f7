// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A tracer that takes a group-stop for a signal-delivery-stop and restarts it "
		 "with the stop signal lets the tracee run: the signal is ignored, no new stop "
		 "is reported and the tracee goes on to exit although no SIGCONT was sent",
	.man = "Signal injection and suppression; Group-stop",
	.spec = "C240 C249 C238",
	.variants = "wait",
)
{
	struct ptc_gate go;
	pid_t pid;

	ptc_gate_init(&go);
	pid = ptc_start(PTC_ATTACH, 0, ptc_wait_gate, &go);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_enter_group_stop(pid, false, SIGSTOP);
	ptc_expect_restart_signal_ignored(pid, &go, SIGSTOP);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A signal whose default action ends the process (SIGTERM) first stops the "
		 "tracee in signal-delivery-stop; suppressing it there leaves the tracee alive",
	.man = "Signal-delivery-stop; Signal injection and suppression",
	.spec = "C230 C233",
	.variants = "wait",
)
{
	struct ptc_gate go;
	pid_t pid = ptc_seize_gated(&go, 0);

	ASSERT_OK(kill(pid, SIGTERM));
	ASSERT_SIGNAL_STOP(pid, SIGTERM);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_gate_open(&go);
	ASSERT_EXITED(pid, 0);
}

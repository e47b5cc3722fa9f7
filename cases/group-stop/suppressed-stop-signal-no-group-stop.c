// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A stopping signal's group-stop happens only once it is injected: SIGSTOP "
		 "suppressed at its signal-delivery-stop stops nothing, and the tracee's next "
		 "report is its exit",
	.man = "Signal injection and suppression; Group-stop",
	.spec = "C243 C246",
	.variants = "wait",
)
{
	struct ptc_gate go;
	pid_t pid = ptc_seize_gated(&go, 0);

	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_gate_open(&go);
	ASSERT_EXITED(pid, 0);
}

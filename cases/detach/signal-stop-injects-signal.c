// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_DETACH from a signal-delivery-stop with a signal in data delivers that "
		 "signal (here another one than the stop's) to the tracee it lets go",
	.man = "PTRACE_DETACH; Attaching and detaching",
	.spec = "C166 C169",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_seize_blocked(ptc_wait_gate_or_handle, &gate);

	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, SIGUSR2));
	ASSERT_EXITED(pid, PTC_HANDLED(SIGUSR2));
}

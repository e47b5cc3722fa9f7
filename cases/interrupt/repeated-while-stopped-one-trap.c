// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_INTERRUPTs do not add up: three issued while the tracee is stopped "
		 "give one PTRACE_EVENT_STOP after it is resumed, and the report after that is "
		 "its exit",
	.man = "PTRACE_INTERRUPT",
	.spec = "C131 C136",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate go;
	pid_t pid = ptc_seize_gated(&go, 0);

	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	for (int i = 0; i < 3; i++)
		ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_gate_open(&go);
	ASSERT_EXITED(pid, 0);
}

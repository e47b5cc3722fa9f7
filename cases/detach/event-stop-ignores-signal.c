// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_DETACH from a PTRACE_EVENT_STOP ignores the signal in data: nothing is "
		 "delivered or left pending, and the tracee goes back to its read()",
	.man = "PTRACE_DETACH; Attaching and detaching",
	.spec = "C169 C239",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_seize_blocked(ptc_wait_gate_or_handle, &gate);

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, SIGUSR2));
	ptc_wait_blocked(pid, SYS_read);
	EXPECT_FALSE(ptc_proc_has_signal(pid, "SigPnd", SIGUSR2));
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}

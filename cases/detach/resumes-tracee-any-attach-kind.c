// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"

PTC_CASE(
	.claim = "PTRACE_DETACH ends tracing and lets the tracee run on however tracing began "
		 "(PTRACE_TRACEME, PTRACE_ATTACH or PTRACE_SEIZE): TracerPid drops to 0 and the "
		 "former tracee runs to its exit",
	.man = "PTRACE_DETACH; Attaching and detaching",
	.spec = "C007 C166",
	.variants = "wait",
)
{
	static const enum ptc_how hows[] = { PTC_TRACEME, PTC_ATTACH, PTC_SEIZE };

	for (unsigned i = 0; i < 3; i++) {
		struct ptc_gate gate;
		pid_t pid;

		ptc_gate_init(&gate);
		pid = ptc_start(hows[i], 0, ptc_wait_gate, &gate);
		if (hows[i] == PTC_SEIZE) {
			ptc_wait_blocked(pid, SYS_read);
			ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
			ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
		}
		ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
		EXPECT_EQ(ptc_proc_tracer(pid), 0);
		ptc_gate_open(&gate);
		ASSERT_EXITED(pid, 0);
		ptc_gate_close(&gate);
	}
}

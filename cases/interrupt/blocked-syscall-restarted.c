// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_INTERRUPT on a seized tracee blocked in read (no syscall tracing) "
		 "stops it with PTRACE_EVENT_STOP and WSTOPSIG SIGTRAP; resumed, it goes back to "
		 "the read, which later succeeds",
	.man = "PTRACE_INTERRUPT",
	.spec = "C131 C132 C165",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate in;
	pid_t pid;

	ptc_gate_init(&in);
	pid = ptc_start(PTC_SEIZE, 0, ptc_read_once, &in);
	ptc_wait_blocked_on(pid, SYS_read, in.rd);
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EQ(write(in.wr, "x", 1), 1);
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "With PTRACE_O_TRACEEXIT, an exiting tracee stops in a PTRACE_EVENT_EXIT stop: "
		 "status>>8 is SIGTRAP | PTRACE_EVENT_EXIT<<8 (WSTOPSIG SIGTRAP)",
	.man = "PTRACE_O_TRACEEXIT; PTRACE_EVENT stops",
	.spec = "C095 C253",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_exit_tracee, (void *)3);
	struct ptc_stop st;

	st = ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_EQ(st.status >> 8, SIGTRAP | (PTRACE_EVENT_EXIT << 8));
	EXPECT_EQ(WSTOPSIG(st.status), SIGTRAP);
}

// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

PTC_CASE(
	.claim = "PTRACE_DETACH ignores addr: with junk in it the detach still succeeds and the "
		 "tracee runs on",
	.man = "PTRACE_DETACH",
	.spec = "C166",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_start(PTC_ATTACH, 0, ptc_wait_gate, &gate);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0xdead0, 0));
	EXPECT_EQ(ptc_proc_tracer(pid), 0);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}

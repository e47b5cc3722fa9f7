// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "A tracee that used PTRACE_TRACEME, without TRACEEXEC, gets a SIGTRAP after a "
		 "successful execve: the tracer sees a signal-delivery-stop for SIGTRAP (status "
		 "0x57f), and suppressing it lets the new program run",
	.man = "execve(2) under ptrace; DESCRIPTION",
	.spec = "C006 C290",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_exec_tracee, (void *)5);
	struct ptc_stop st;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	EXPECT_EQ(st.status, 0x57f);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 5);
}

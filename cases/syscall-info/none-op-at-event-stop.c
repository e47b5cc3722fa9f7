// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "At a PTRACE_EVENT_STOP (from PTRACE_INTERRUPT) PTRACE_GET_SYSCALL_INFO "
		 "reports op PTRACE_SYSCALL_INFO_NONE and returns 24",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C194",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);
	struct ptc_syscall_info info;
	long n;

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	n = ptc_get_syscall_info(pid, &info);
	EXPECT_EQ(n, 24);
	EXPECT_EQ(info.op, PTRACE_SYSCALL_INFO_NONE);
}

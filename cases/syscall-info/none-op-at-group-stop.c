// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "In the group-stop of a tracee attached with PTRACE_ATTACH, which has no "
		 "siginfo, PTRACE_GET_SYSCALL_INFO still works: op PTRACE_SYSCALL_INFO_NONE, size 24",
	.man = "PTRACE_GET_SYSCALL_INFO; Group-stop",
	.spec = "C193 C194",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);
	struct ptc_syscall_info info;
	long n;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	n = ptc_get_syscall_info(pid, &info);
	EXPECT_EQ(n, 24);
	EXPECT_EQ(info.op, PTRACE_SYSCALL_INFO_NONE);
	EXPECT_EQ(info.arch, PTC_AUDIT_ARCH);
}

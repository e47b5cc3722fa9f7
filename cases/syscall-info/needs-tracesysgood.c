// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "Without PTRACE_O_TRACESYSGOOD, PTRACE_GET_SYSCALL_INFO does not recognise "
		 "syscall-stops: at a syscall-enter- and syscall-exit-stop it reports op "
		 "PTRACE_SYSCALL_INFO_NONE and returns 24",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C195",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info;
	long n;

	ptc_syscall_to_entry(pid, SYS_getppid);
	n = ptc_get_syscall_info(pid, &info);
	EXPECT_EQ(n, 24);
	EXPECT_EQ(info.op, PTRACE_SYSCALL_INFO_NONE);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_get_syscall_info(pid, &info), 24);
	EXPECT_EQ(info.op, PTRACE_SYSCALL_INFO_NONE);
}

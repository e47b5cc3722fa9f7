// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_GET_SYSCALL_INFO writes zeroes to bytes 1-3 of the struct (reserved "
		 "and flags since 6.16, pad before), over whatever the buffer held",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C200",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_entry(pid, SYS_getppid);
	memset(&info, 0xff, sizeof(info));
	REQUIRE_SUPPORTED(PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(info), &info), EIO,
			  PTC_FEAT_GET_SYSCALL_INFO);
	EXPECT_EQ(info.reserved, 0);
	EXPECT_EQ(info.flags, 0);
}

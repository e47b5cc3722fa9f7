// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO refuses a nonzero flags or reserved field with EINVAL "
		 "and changes nothing",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C206",
	.since = "6.16",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info, bad;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	info.entry.nr = SYS_getpid;
	bad = info;
	bad.flags = 1;
	EXPECT_ERRNO(ptc_set_syscall_info(pid, sizeof(bad), &bad), EINVAL);
	bad = info;
	bad.reserved = 1;
	EXPECT_ERRNO(ptc_set_syscall_info(pid, sizeof(bad), &bad), EINVAL);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
}

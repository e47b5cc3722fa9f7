// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO refuses an entry.nr that is not an int nor a "
		 "sign-extended int with ERANGE (1<<32 + getpid, and 0xffffffff), leaving the "
		 "syscall number as it was",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C208",
	.since = "6.16",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	info.entry.nr = (1ULL << 32) + SYS_getpid;
	EXPECT_ERRNO(ptc_set_syscall_info(pid, sizeof(info), &info), ERANGE);
	info.entry.nr = 0xffffffffULL;
	EXPECT_ERRNO(ptc_set_syscall_info(pid, sizeof(info), &info), ERANGE);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
}

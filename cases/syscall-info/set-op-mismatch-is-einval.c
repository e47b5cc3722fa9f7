// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO cannot change the kind of stop: an op other than the "
		 "current stop's (EXIT or SECCOMP at an enter-stop, ENTRY at an exit-stop) fails "
		 "with EINVAL",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C207",
	.since = "6.16",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	info.op = PTRACE_SYSCALL_INFO_EXIT;
	EXPECT_ERRNO(ptc_set_syscall_info(pid, sizeof(info), &info), EINVAL);
	info.op = PTRACE_SYSCALL_INFO_SECCOMP;
	EXPECT_ERRNO(ptc_set_syscall_info(pid, sizeof(info), &info), EINVAL);

	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 33);
	info.op = PTRACE_SYSCALL_INFO_ENTRY;
	EXPECT_ERRNO(ptc_set_syscall_info(pid, sizeof(info), &info), EINVAL);
}

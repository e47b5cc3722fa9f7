// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "Without PTRACE_O_TRACESYSGOOD a syscall-enter-stop is op NONE to "
		 "PTRACE_SET_SYSCALL_INFO too: setting it with op ENTRY fails with EINVAL",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C195 C207",
	.since = "6.16",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 24);
	info.op = PTRACE_SYSCALL_INFO_ENTRY;
	info.entry.nr = SYS_getpid;
	EXPECT_ERRNO(ptc_set_syscall_info(pid, sizeof(info), &info), EINVAL);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
}

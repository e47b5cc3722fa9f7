// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_O_TRACESYSGOOD counts for PTRACE_GET_SYSCALL_INFO only from the next "
		 "stop: set during a syscall-enter-stop, that stop stays op NONE, and the "
		 "syscall-exit-stop after it is op EXIT",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C195",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD));
	EXPECT_EQ(ptc_get_syscall_info(pid, &info), 24);
	EXPECT_EQ(info.op, PTRACE_SYSCALL_INFO_NONE);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_get_syscall_info(pid, &info), 33);
	EXPECT_EQ(info.op, PTRACE_SYSCALL_INFO_EXIT);
}

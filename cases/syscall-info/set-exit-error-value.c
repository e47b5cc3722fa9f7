// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int call_getppid(void *arg)
{
	long r = syscall(SYS_getppid);

	EXPECT_EQ(r, -1);
	EXPECT_EQ(errno, EPERM);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO at a syscall-exit-stop with exit.is_error 1 and "
		 "exit.rval -EPERM makes the syscall fail with EPERM",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C209",
	.since = "6.16",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_getppid, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_exit(pid, SYS_getppid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 33);
	info.exit.rval = -EPERM;
	info.exit.is_error = 1;
	ASSERT_OK(ptc_set_syscall_info(pid, sizeof(info), &info));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

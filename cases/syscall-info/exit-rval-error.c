// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int write_bad_fd(void *arg)
{
	syscall(SYS_write, -1, "x", 1);
	return 0;
}

PTC_CASE(
	.claim = "At the syscall-exit-stop of a syscall that failed, PTRACE_GET_SYSCALL_INFO "
		 "gives exit.is_error 1 and exit.rval the negated errno (-EBADF for a write to "
		 "fd -1)",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C198",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, write_bad_fd, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_exit(pid, SYS_write);
	ASSERT_OK(ptc_get_syscall_info(pid, &info));
	EXPECT_EQ(info.exit.is_error, 1);
	EXPECT_EQ(info.exit.rval, -EBADF);
}

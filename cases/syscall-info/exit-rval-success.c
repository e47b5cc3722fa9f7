// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "At the syscall-exit-stop of a syscall that succeeded, PTRACE_GET_SYSCALL_INFO "
		 "gives exit.is_error 0 and exit.rval the value returned",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C198",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_exit(pid, SYS_getppid);
	ASSERT_OK(ptc_get_syscall_info(pid, &info));
	EXPECT_EQ(info.exit.is_error, 0);
	EXPECT_EQ(info.exit.rval, getpid());
}

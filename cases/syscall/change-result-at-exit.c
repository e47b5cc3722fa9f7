// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int call_getppid(void *arg)
{
	EXPECT_EQ(syscall(SYS_getppid), 4242);
	return 0;
}

PTC_CASE(
	.claim = "The result register changed at a syscall-exit-stop is the value the syscall "
		 "returns to the tracee",
	.man = "Syscall-stops",
	.spec = "C265 5.A2",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_getppid, NULL);

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_ret(pid), getpid());
	ptc_set_syscall_ret(pid, 4242);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int write_one(void *arg)
{
	EXPECT_EQ(syscall(SYS_write, fds[1], "x", 1), 4321);
	return 0;
}

PTC_CASE(
	.claim = "Setting the syscall number to -1 at a syscall-enter-stop skips the syscall, "
		 "and the value the tracer put in the result register is what the tracee gets",
	.man = "Syscall-stops",
	.spec = "C272",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, write_one, NULL);
	ptc_syscall_to_entry(pid, SYS_write);
	ptc_set_syscall_ret(pid, 4321);
	ptc_set_syscall_nr(pid, -1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}

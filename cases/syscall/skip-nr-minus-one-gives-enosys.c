// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscall-regs.h"

static int fds[2];

static int write_one(void *arg)
{
	long r = syscall(SYS_write, fds[1], "x", 1);

	EXPECT_EQ(r, -1);
	EXPECT_EQ(errno, ENOSYS);
	return 0;
}

PTC_CASE(
	.claim = "On x86_64, setting orig_rax to -1 at a syscall-enter-stop skips the syscall; "
		 "with rax left as it was (-ENOSYS) the tracee sees ENOSYS",
	.man = "Syscall-stops",
	.spec = "C272",
	.needs = "arch:x86_64",
)
{
	struct ptc_sysregs r;
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, write_one, NULL);
	ptc_syscall_to_entry(pid, SYS_write);
	ptc_sysregs_get(pid, &r);
	ptc_sysregs_set_nr(&r, -1);
	ptc_sysregs_set(pid, &r);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_ret(pid), -ENOSYS);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

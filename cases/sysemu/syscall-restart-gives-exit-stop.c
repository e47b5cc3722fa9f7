// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

PTC_CASE(
	.claim = "Restarted with PTRACE_SYSCALL, a PTRACE_SYSEMU enter-stop is followed by a "
		 "syscall-exit-stop for the same (skipped) syscall, with rax still -ENOSYS",
	.man = "Syscall-stops",
	.spec = "C265",
	.since = "2.6.14",
	.needs = "arch:x86_64",
	.variants = "wait",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_then_write, &fds[1]);
	ptc_syscall_to_exit(pid, SYS_getppid);
	ptc_sysemu_to_entry(pid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	/* The next syscall would be exit_group: this is write()'s exit-stop. */
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_write);
	EXPECT_EQ(ptc_syscall_ret(pid), -ENOSYS);
}

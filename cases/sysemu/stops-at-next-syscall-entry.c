// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

PTC_CASE(
	.claim = "PTRACE_SYSEMU resumes the tracee and stops it at the entry of its next "
		 "syscall: a syscall-stop with that syscall's number and rax still -ENOSYS",
	.man = "PTRACE_SYSEMU; Syscall-stops",
	.spec = "C119 C263",
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
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_write);
	EXPECT_EQ(ptc_syscall_ret(pid), -ENOSYS);
}

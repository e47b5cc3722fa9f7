// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

PTC_CASE(
	.claim = "arm64 has PTRACE_SYSEMU too (since 5.3): it stops the tracee at the next "
		 "syscall entry and that syscall never runs, so a write() to a pipe writes nothing",
	.man = "PTRACE_SYSEMU",
	.spec = "C119 C121",
	.since = "5.3",
	.needs = "arch:arm64",
	.links = "linux-git:f086f67485c5",
	.man_stale = "The man page says the SYSEMU requests exist only on x86; arm64 has had "
		     "them since 5.3.",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_then_write, &fds[1]);
	ptc_syscall_to_exit(pid, SYS_getppid);
	ptc_sysemu_to_entry(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_write);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}

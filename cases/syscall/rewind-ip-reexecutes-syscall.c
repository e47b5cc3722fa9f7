// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"
#include "regs.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int fds[2];

static int write_once(void *arg)
{
	char buf[4];

	EXPECT_EQ(ptc_raw_syscall6(SYS_write, fds[1], (long)"x", 1, 0, 0, 0), 1);
	/* The tracer made the write run twice. */
	EXPECT_EQ(read(fds[0], buf, sizeof(buf)), 2);
	return 0;
}
#endif

PTC_CASE(
	.claim = "At a syscall-exit-stop, setting rax to the syscall number and moving rip back "
		 "over the 2-byte syscall instruction makes the tracee execute the syscall again: "
		 "a new syscall-enter-stop with the same number and arguments follows, and a "
		 "write of one byte lands twice",
	.man = "Syscall-stops",
	.spec = "5.A5",
	.needs = "arch:x86_64",
	.links = "selftests/x86/ptrace_syscall.c test_ptrace_syscall_restart",
)
{
#if PTC_X86_64
	pid_t pid;
	ptc_regs_t regs, again;

	ASSERT_OK(pipe2(fds, O_NONBLOCK));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, write_once, NULL);
	ptc_syscall_to_entry(pid, SYS_write);
	ptc_get_regs(pid, &regs);
	ptc_syscall_resume(pid);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.rax, 1);
	ptc_rewind_syscall(pid, &regs);
	ptc_get_regs(pid, &again);
	EXPECT_EQ(again.orig_rax, SYS_write);
	EXPECT_EQ(again.rdi, regs.rdi);
	EXPECT_EQ(again.rsi, regs.rsi);
	EXPECT_EQ(again.rdx, regs.rdx);
	EXPECT_EQ(again.rip, regs.rip + 2);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

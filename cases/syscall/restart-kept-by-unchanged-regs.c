// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "signals.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int fds[2];

static int read_once(void *arg)
{
	EXPECT_EQ(ptc_read_usr1(fds[0], SA_RESTART), 1);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
	return 0;
}
#endif

PTC_CASE(
	.claim = "Writing the registers back unchanged (GETREGS then SETREGS) at the "
		 "syscall-exit-stop of an interrupted read keeps the restart: once the signal is "
		 "suppressed, the next stop is the read's syscall-enter-stop again, with the same "
		 "arguments, and the read completes",
	.man = "Syscall-stops; Signal injection and suppression",
	.spec = "5.A3 C236",
	.needs = "arch:x86_64",
	.links = "selftests/x86/ptrace_syscall.c test_restart_under_ptrace; gVisor ptrace.cc "
		 "ERESTART",
	.variants = "wait",
)
{
#if PTC_X86_64
	pid_t pid;
	ptc_regs_t regs, again;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, read_once, NULL);
	ptc_interrupt_syscall(pid, SYS_read);
	ptc_get_regs(pid, &regs);
	ptc_set_regs(pid, &regs);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_STOP(pid, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
	ptc_get_regs(pid, &again);
	EXPECT_EQ(again.orig_rax, SYS_read);
	EXPECT_EQ(again.rdi, regs.rdi);
	EXPECT_EQ(again.rsi, regs.rsi);
	EXPECT_EQ(again.rdx, regs.rdx);
	EXPECT_EQ(again.rip, regs.rip);
	ASSERT_EQ(write(fds[1], "x", 1), 1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

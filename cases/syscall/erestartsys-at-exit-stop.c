// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "signals.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int fds[2];

static int read_with_restart(void *arg)
{
	/* Interrupted, handled, restarted (SA_RESTART), then fed. */
	EXPECT_EQ(ptc_read_usr1(fds[0], SA_RESTART), 1);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 1);
	return 0;
}
#endif

PTC_CASE(
	.claim = "At the syscall-exit-stop of a read interrupted by a signal with a handler, rax "
		 "holds the kernel-internal -ERESTARTSYS (-512) and orig_rax the read; the signal "
		 "is reported after that stop and the read is then restarted (SA_RESTART)",
	.man = "Syscall-stops; Signal injection and suppression",
	.spec = "5.A3",
	.needs = "arch:x86_64",
	.links = "gVisor ptrace.cc ERESTART; selftests/x86/ptrace_syscall.c "
		 "test_restart_under_ptrace",
	.variants = "wait",
)
{
#if PTC_X86_64
	pid_t pid;
	ptc_regs_t regs;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, read_with_restart, NULL);
	ptc_interrupt_syscall(pid, SYS_read);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ((long)regs.rax, -PTC_ERESTARTSYS);
	EXPECT_EQ(regs.orig_rax, SYS_read);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_EQ(write(fds[1], "x", 1), 1);
	ASSERT_EXITED(pid, 0);
#endif
}

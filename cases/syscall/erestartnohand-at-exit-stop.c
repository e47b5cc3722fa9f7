// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "signals.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int pause_once(void *arg)
{
	ptc_count_signal(SIGUSR1, SA_RESTART);
	/* pause is never restarted after a handler ran, SA_RESTART or not. */
	EXPECT_EQ(ptc_raw_syscall6(SYS_pause, 0, 0, 0, 0, 0, 0), -EINTR);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 1);
	return 0;
}
#endif

PTC_CASE(
	.claim = "At the syscall-exit-stop of a pause interrupted by a signal, rax holds the "
		 "kernel-internal -ERESTARTNOHAND (-514); once the handler has run, pause returns "
		 "-EINTR to the tracee even with SA_RESTART",
	.man = "Syscall-stops; Signal injection and suppression",
	.spec = "5.A3",
	.needs = "arch:x86_64",
	.links = "gVisor ptrace.cc ERESTART; selftests/x86/ptrace_syscall.c "
		 "test_restart_under_ptrace",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, pause_once, NULL);
	ptc_regs_t regs;

	ptc_interrupt_syscall(pid, SYS_pause);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ((long)regs.rax, -PTC_ERESTARTNOHAND);
	EXPECT_EQ(regs.orig_rax, SYS_pause);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
	ASSERT_EXITED(pid, 0);
#endif
}

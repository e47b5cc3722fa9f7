// SPDX-License-Identifier: GPL-2.0
#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"
#include "signals.h"

static int pause_once(void *arg)
{
	ptc_count_signal(SIGUSR1, SA_RESTART);
	/* pause is never restarted after a handler ran, SA_RESTART or not. */
	EXPECT_EQ(par_syscall6(PAR_NR_pause, 0, 0, 0, 0, 0, 0), -EINTR);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 1);
	return 0;
}

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
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, pause_once, NULL);
	struct par_regs regs;

	par_interrupt_syscall(pid, PAR_NR_pause, &regs);
	EXPECT_EQ((long)regs.rax, -PAR_ERESTARTNOHAND);
	EXPECT_EQ(regs.orig_rax, PAR_NR_pause);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
	ASSERT_EXITED(pid, 0);
}

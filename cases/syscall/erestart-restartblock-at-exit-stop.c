// SPDX-License-Identifier: GPL-2.0
#include <time.h>

#include "ptc.h"
#include "regs.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int long_nanosleep(void *arg)
{
	struct timespec ts = { .tv_sec = 100000 };

	ptc_raw_syscall6(SYS_nanosleep, (long)&ts, 0, 0, 0, 0, 0);
	return 1;	/* never: the case kills it while it sleeps */
}
#endif

PTC_CASE(
	.claim = "At the syscall-exit-stop of a nanosleep interrupted by a signal, rax holds the "
		 "kernel-internal -ERESTART_RESTARTBLOCK (-516); suppressing the signal restarts "
		 "the sleep through restart_syscall, seen as its own syscall-enter-stop",
	.man = "Syscall-stops; Signal injection and suppression",
	.spec = "5.A3 C236",
	.needs = "arch:x86_64",
	.links = "gVisor ptrace.cc ERESTART; seccomp_bpf.c TRACE_syscall syscall_restart",
	.variants = "wait",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, long_nanosleep, NULL);
	ptc_regs_t regs;

	ptc_interrupt_syscall(pid, SYS_nanosleep);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ((long)regs.rax, -PTC_ERESTART_RESTARTBLOCK);
	EXPECT_EQ(regs.orig_rax, SYS_nanosleep);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_STOP(pid, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.orig_rax, SYS_restart_syscall);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_restart_syscall);
#endif
}

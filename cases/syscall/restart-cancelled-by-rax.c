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
	/* The tracer cancels the restart: -EINTR although SA_RESTART is set
	 * and the signal is suppressed. */
	EXPECT_EQ(ptc_read_usr1(fds[0], SA_RESTART), -EINTR);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
	return 0;
}
#endif

PTC_CASE(
	.claim = "Overwriting the -ERESTARTSYS in rax at the syscall-exit-stop cancels the "
		 "restart: a read interrupted by a signal the tracer then suppresses returns the "
		 "-EINTR the tracer wrote instead of being restarted",
	.man = "Syscall-stops; Signal injection and suppression",
	.spec = "5.A3",
	.needs = "arch:x86_64",
	.links = "gVisor ptrace.cc ERESTART; selftests/x86/ptrace_syscall.c",
)
{
#if PTC_X86_64
	pid_t pid;
	ptc_regs_t regs;
	struct ptc_stop st;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, read_once, NULL);
	ptc_interrupt_syscall(pid, SYS_read);
	ptc_get_regs(pid, &regs);
	ASSERT_EQ((long)regs.rax, -PTC_ERESTARTSYS);
	ptc_pokeuser(pid, PTC_USER_REG(rax), (unsigned long)-EINTR);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = ptc_report_unless_blocked(pid, SYS_read, "the read was restarted");
	EXPECT_STOP_IS(&st, .kind = PTC_EXITED, .code = 0);
#endif
}

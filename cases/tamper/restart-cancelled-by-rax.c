// SPDX-License-Identifier: GPL-2.0
#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"
#include "signals.h"

static int fds[2];

static int read_once(void *arg)
{
	/* The tracer cancels the restart: -EINTR although SA_RESTART is set
	 * and the signal is suppressed. */
	EXPECT_EQ(par_read_usr1(fds[0], SA_RESTART), -EINTR);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
	return 0;
}

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
	pid_t pid;
	struct par_regs regs;
	struct ptc_stop st;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, read_once, NULL);
	par_interrupt_syscall(pid, PAR_NR_read, &regs);
	ASSERT_EQ((long)regs.rax, -PAR_ERESTARTSYS);
	par_pokeuser(pid, PAR_REG_OFF(rax), (unsigned long)-EINTR);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = par_report_unless_blocked(pid, PAR_NR_read, "the read was restarted");
	EXPECT_STOP_IS(&st, .kind = PTC_EXITED, .code = 0);
}

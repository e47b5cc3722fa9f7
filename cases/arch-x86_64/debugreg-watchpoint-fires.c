// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if PTC_X86
static volatile int watched;

static int write_watched(void *arg)
{
	watched = 1;
	return watched == 1 ? 0 : 1;
}
#endif

PTC_CASE(
	.claim = "A write watchpoint set through the debug registers (DR0 = address, DR7 "
		 "enabling it) stops the tracee with SIGTRAP (si_code TRAP_HWBKPT) after its "
		 "write, and DR6 read with PEEKUSER shows slot 0 triggered",
	.man = "PTRACE_POKEUSER",
	.spec = "C034 5.B13",
	.needs = "arch:x86 hw-breakpoint",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, write_watched, NULL);
	siginfo_t si;
	long dr6;

	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(0), &watched));
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(7), 0xd0001));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_HWBKPT);
	dr6 = PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_DEBUGREG(6), 0);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ(dr6 & 0xf, 1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "x86.h"

#if PTC_X86_64

static volatile long first, second;

static int write_both(void *arg)
{
	ptc_no_coredump();
	first = 1;
	second = 1;
	return 0;
}
#endif

PTC_CASE(
	.claim = "A second POKEUSER of DR0 replaces the first address: PEEKUSER reads the new one "
		 "back and the armed watchpoint fires on a write to the new address only",
	.man = "PTRACE_POKEUSER; PTRACE_PEEKUSER",
	.spec = "5.B13",
	.needs = "arch:x86_64 hw-breakpoint",
	.links = "LTP ptrace10; linux-git:bd14406b78e6",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, write_both, NULL);

	ptc_pokeuser(pid, PTC_USER_DEBUGREG(0), (uintptr_t)&first);
	ptc_pokeuser(pid, PTC_USER_DEBUGREG(0), (uintptr_t)&second);
	EXPECT_EQ(ptc_peekuser(pid, PTC_USER_DEBUGREG(0)), (uintptr_t)&second);
	ptc_pokeuser(pid, PTC_USER_DEBUGREG(7), ptc_dr7_local(0, 1, 8));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	/* It fired after the second write, not the first. */
	EXPECT_EQ(ptc_peekdata(pid, (const void *)&first), 1);
	EXPECT_EQ(ptc_peekdata(pid, (const void *)&second), 1);
	ptc_pokeuser(pid, PTC_USER_DEBUGREG(7), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

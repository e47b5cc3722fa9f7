// SPDX-License-Identifier: GPL-2.0
#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"

static volatile long first, second;

static int write_both(void *arg)
{
	ptc_no_coredump();
	first = 1;
	second = 1;
	return 0;
}

PTC_CASE(
	.claim = "A second POKEUSER of DR0 replaces the first address: PEEKUSER reads the new one "
		 "back and the armed watchpoint fires on a write to the new address only",
	.man = "PTRACE_POKEUSER; PTRACE_PEEKUSER",
	.spec = "5.B13",
	.needs = "arch:x86_64 hw-breakpoint",
	.links = "LTP ptrace10; linux-git:bd14406b78e6",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, write_both, NULL);

	par_pokeuser(pid, PAR_DR_OFF(0), (uintptr_t)&first);
	par_pokeuser(pid, PAR_DR_OFF(0), (uintptr_t)&second);
	EXPECT_EQ(par_peekuser(pid, PAR_DR_OFF(0)), (uintptr_t)&second);
	par_pokeuser(pid, PAR_DR_OFF(7), par_dr7_local(0, 1, 8));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	/* It fired after the second write, not the first. */
	EXPECT_EQ(par_peekdata(pid, (const void *)&first), 1);
	EXPECT_EQ(par_peekdata(pid, (const void *)&second), 1);
	par_pokeuser(pid, PAR_DR_OFF(7), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

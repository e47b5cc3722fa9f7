// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

static int check_code(void *arg)
{
	long poked = *(long *)arg, got;

	/* The tracee reads its own (read-only, executable) code. */
	memcpy(&got, (const void *)ptc_step_site, sizeof(got));
	EXPECT_EQ(got, poked);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_POKETEXT writes into the tracee's code although that mapping is "
		 "read-only: the tracee then reads the new bytes at that address",
	.man = "PTRACE_POKETEXT, PTRACE_POKEDATA",
	.spec = "C029",
)
{
	long poked;
	pid_t pid;

	memcpy(&poked, (const void *)ptc_step_site, sizeof(poked));
	poked = ~poked;
	pid = ptc_start(PTC_TRACEME, 0, check_code, &poked);
	ASSERT_OK(PTRACE(PTRACE_POKETEXT, pid, ptc_step_site, poked));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

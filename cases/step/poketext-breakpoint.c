// SPDX-License-Identifier: GPL-2.0
#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"

static int call_function(void *arg)
{
	ptc_no_coredump();
	EXPECT_EQ(par_answer_function(), 42);
	return 0;
}

PTC_CASE(
	.claim = "A breakpoint planted with POKETEXT (0xcc over the first byte of a function in "
		 "read-only text) stops the tracee with SIGTRAP at function+1; restoring the byte "
		 "and moving rip back runs the original instruction: the function returns its "
		 "value as if untouched",
	.man = "PTRACE_POKETEXT; Signal-delivery-stop",
	.spec = "5.B12 C029",
	.needs = "arch:x86_64",
	.links = "rr tests ptrace_breakpoint",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, call_function, NULL);
	const void *at = (const void *)par_answer;
	unsigned long orig = par_peekdata(pid, at);
	struct par_regs regs;

	par_pokedata(pid, at, (orig & ~0xffUL) | 0xcc);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	par_getregs(pid, &regs);
	EXPECT_EQ(regs.rip, (uintptr_t)at + 1);
	par_pokedata(pid, at, orig);
	EXPECT_EQ(par_peekdata(pid, at), orig);
	regs.rip = (uintptr_t)at;
	par_setregs(pid, &regs);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "x86.h"

#if PTC_X86_64

static int call_function(void *arg)
{
	ptc_no_coredump();
	EXPECT_EQ(ptc_answer_function(), 42);
	return 0;
}
#endif

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
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, call_function, NULL);
	const void *at = (const void *)ptc_answer;
	unsigned long orig = ptc_peekdata(pid, at);
	ptc_regs_t regs;

	ptc_pokedata(pid, at, (orig & ~0xffUL) | 0xcc);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.rip, (uintptr_t)at + 1);
	ptc_pokedata(pid, at, orig);
	EXPECT_EQ(ptc_peekdata(pid, at), orig);
	regs.rip = (uintptr_t)at;
	ptc_set_regs(pid, &regs);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "x86.h"

#if PTC_X86_64

static int run_tf_program(void *arg)
{
	ptc_no_coredump();
	ptc_tf_program();
	return 0;
}
#endif

PTC_CASE(
	.claim = "A trap flag the tracee sets itself is its own: EFLAGS shows it at each of its "
		 "single-step SIGTRAPs, and PTRACE_CONT with signal 0 does not clear it, so every "
		 "following instruction traps until the program clears it",
	.man = "PTRACE_CONT; PTRACE_GETREGS",
	.spec = "5.B11",
	.needs = "arch:x86_64",
	.links = "ptrace-tests step-jump-cont-strict.c",
)
{
#if PTC_X86_64
	const unsigned char *const at[] = { ptc_tf_after_nop1, ptc_tf_after_nop2,
					    ptc_tf_after_pushf, ptc_tf_after_and,
					    ptc_tf_after_popf };
	pid_t pid = ptc_start(PTC_TRACEME, 0, run_tf_program, NULL);
	ptc_regs_t regs;

	for (unsigned i = 0; i < sizeof(at) / sizeof(at[0]); i++) {
		ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
		ASSERT_SIGNAL_STOP(pid, SIGTRAP);
		ptc_get_regs(pid, &regs);
		EXPECT_EQ(regs.rip, (uintptr_t)at[i]);
		/* The last trap follows the popf that cleared it. */
		EXPECT_EQ(!!(regs.eflags & PTC_EFLAGS_TF), i < 4);
	}
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

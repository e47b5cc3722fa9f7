// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if defined(__x86_64__)
/* long pf_site(void): a trap, then the flags as pushf saw them. */
__asm__(".text\n"
	".type pf_site,@function\n"
	"pf_site:\n"
	"	int3\n"
	"pf_pushf:\n"
	"	pushf\n"
	"pf_pop:\n"
	"	pop %rax\n"
	"pf_ret:\n"
	"	ret\n");
long pf_site(void);
extern const char pf_pushf[], pf_pop[], pf_ret[];

static int tracee(void *arg)
{
	/* Stepped by the tracer, the trap flag is not the program's own. */
	EXPECT_FALSE(pf_site() & PTC_EFLAGS_TF);
	return 0;
}
#endif

PTC_CASE(
	.claim = "The trap flag PTRACE_SINGLESTEP sets is invisible to the stepped tracee "
		 "too: a pushf it executes under single-step saves its flags with TF clear",
	.man = "PTRACE_SINGLESTEP",
	.spec = "C115 5.B11",
	.needs = "arch:x86_64",
	.xfail = "the stepped tracee's pushf saves TF set: arch/x86/kernel/step.c says 'pushf: "
		 "NOTE! We should probably not let the user see the TF bit being set. But it's "
		 "more pain than it's worth to avoid it, and a debugger could emulate this all "
		 "in user space if it _really_ cares'",
	.kernels = "all to date (6.18 included)",
	.links = "ptrace-tests: step-jump-cont-strict (KFAIL *1); arch/x86/kernel/step.c",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, tracee, NULL);
	ptc_regs_t regs;

	ptc_run_to_trap(pid);
	ptc_get_regs(pid, &regs);
	ASSERT_EQ(PTC_IP_OF(regs), (uintptr_t)pf_pushf);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ptc_get_regs(pid, &regs);
	ASSERT_EQ(PTC_IP_OF(regs), (uintptr_t)pf_ret);
	ptc_log("the value pushf saved, popped into rax: %#llx", regs.rax);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

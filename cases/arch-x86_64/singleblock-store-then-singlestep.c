// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if defined(__x86_64__)
int bs_stored;

/* A trap, then a block: a conditional branch not taken, a store, a taken
 * jump. Then two instructions for one single-step. */
__asm__(".text\n"
	".type bs_site,@function\n"
	"bs_site:\n"
	"	int3\n"
	"bs_start:\n"
	"	xor %eax, %eax\n"
	"bs_second:\n"
	"	jnz bs_far\n"
	"	movl $1, bs_stored(%rip)\n"
	"	jmp bs_target\n"
	"bs_far:\n"
	"	nop\n"
	"	nop\n"
	"bs_target:\n"
	"	nop\n"
	"bs_next:\n"
	"	nop\n"
	"	ret\n");
void bs_site(void);
extern const char bs_start[], bs_second[], bs_target[], bs_next[];

static int tracee(void *arg)
{
	bs_site();
	return 0;
}
#endif

PTC_CASE(
	.claim = "PTRACE_SINGLEBLOCK runs straight through a conditional branch that is not "
		 "taken and a store (the store happens) and stops after the first taken jump, "
		 "at its target, with SIGTRAP (TRAP_TRACE); a PTRACE_SINGLESTEP from there steps "
		 "exactly one instruction: the block-step mode is gone",
	.man = "PTRACE_SINGLEBLOCK (undocumented); PTRACE_SINGLESTEP",
	.spec = "C122 C115",
	.needs = "arch:x86_64",
	.links = "ptrace-tests: block-step",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, tracee, NULL);
	ptc_regs_t regs;
	siginfo_t si;
	long r;

	ptc_run_to_trap(pid);
	ptc_get_regs(pid, &regs);
	ASSERT_EQ(PTC_IP_OF(regs), (uintptr_t)bs_start);
	r = PTRACE(PTRACE_SINGLEBLOCK, pid, 0, 0);
	REQUIRE_SUPPORTED(r, EIO, PTC_FEAT_SINGLEBLOCK);
	ASSERT_OK(r);
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ptc_get_regs(pid, &regs);
	/* The probe of arch-x86_64.singleblock-stops-after-branch: without
	 * DEBUGCTL.BTF the CPU traps after one instruction instead. */
	if (PTC_IP_OF(regs) == (uintptr_t)bs_second)
		ptc_skip("this machine single-steps instead of block-stepping (DEBUGCTL.BTF "
			 "not honoured, as under many hypervisors)");
	EXPECT_EQ(PTC_IP_OF(regs), (uintptr_t)bs_target);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_TRACE);
	errno = 0;
	EXPECT_EQ(PTRACE(PTRACE_PEEKDATA, pid, &bs_stored, 0) & 0xffffffff, 1);
	EXPECT_EQ(errno, 0);

	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(PTC_IP_OF(regs), (uintptr_t)bs_next);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

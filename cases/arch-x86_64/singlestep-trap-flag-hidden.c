// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if PTC_X86
/* Resume with req to a SIGTRAP; returns the IP there, where TF must read
 * clear through GETREGS and PEEKUSER alike. */
static uintptr_t step_tf_hidden(pid_t pid, long req)
{
	ptc_regs_t regs;
	long r = PTRACE(req, pid, 0, 0);

	if (req == PTRACE_SINGLEBLOCK)
		REQUIRE_SUPPORTED(r, EIO, PTC_FEAT_SINGLEBLOCK);
	ASSERT_OK(r);
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));
	EXPECT_FALSE(PTC_REG_FLAGS(regs) & PTC_EFLAGS_TF);
	EXPECT_FALSE(PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_FLAGS, 0) & PTC_EFLAGS_TF);
	return PTC_IP_OF(regs);
}
#endif

PTC_CASE(
	.claim = "The trap flag the kernel sets to single-step or block-step a tracee is "
		 "hidden from the tracer: EFLAGS read (GETREGS and PEEKUSER) at a "
		 "PTRACE_SINGLESTEP stop, and at the PTRACE_SINGLEBLOCK stop after it, has TF "
		 "clear",
	.man = "PTRACE_SINGLESTEP; PTRACE_SINGLEBLOCK (undocumented)",
	.spec = "C115 C122 5.B11",
	.needs = "arch:x86",
	.links = "ptrace-tests: step-jump-cont-strict (test_singleblock); "
		 "kselftest x86 single_step_syscall",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_step_tracee, NULL);

	ptc_run_to_trap(pid);
	EXPECT_EQ(step_tf_hidden(pid, PTRACE_SINGLESTEP), (uintptr_t)ptc_step_second);
	/* Block-stepping sets TF too (with DEBUGCTL.BTF): hidden the same way,
	 * wherever the CPU stops. */
	EXPECT_NE(step_tf_hidden(pid, PTRACE_SINGLEBLOCK), (uintptr_t)ptc_step_second);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

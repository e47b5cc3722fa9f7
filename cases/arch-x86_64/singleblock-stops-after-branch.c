// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#define TRAP_TRACE_CODE 2	/* TRAP_TRACE */

PTC_CASE(
	.claim = "PTRACE_SINGLEBLOCK resumes the tracee until it takes a branch: over "
		 "straight-line code and a jump it stops once, with SIGTRAP (TRAP_TRACE) at the "
		 "jump's target",
	.man = "PTRACE_SINGLEBLOCK (undocumented)",
	.spec = "C122",
	.needs = "arch:x86",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_step_tracee, NULL);
	ptc_regs_t regs;
	siginfo_t si;
	long r;

	ptc_run_to_trap(pid);
	r = PTRACE(PTRACE_SINGLEBLOCK, pid, 0, 0);
	REQUIRE_SUPPORTED(r, EIO, PTC_FEAT_SINGLEBLOCK);
	ASSERT_OK(r);
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ptc_get_regs(pid, &regs);
	/* Without branch trapping (DEBUGCTL.BTF), which hypervisors often do not
	 * pass through, the CPU traps after one instruction instead. */
	if (PTC_IP_OF(regs) == (uintptr_t)ptc_step_second)
		ptc_skip("this machine single-steps instead of block-stepping (DEBUGCTL.BTF "
			 "not honoured, as under many hypervisors)");
	EXPECT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_step_target);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_TRACE_CODE);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if defined(__x86_64__)
static unsigned long gs_base = 0x600dcafe000UL;
#endif

PTC_CASE(
	.claim = "PTRACE_ARCH_PRCTL with ARCH_SET_GS in data sets the tracee's GS base to the "
		 "value in addr: the tracee's own arch_prctl(ARCH_GET_GS) then reports it",
	.man = "PTRACE_ARCH_PRCTL (undocumented)",
	.spec = "C188",
	.needs = "arch:x86_64",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_trap_then_check_gs, &gs_base);

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_ARCH_PRCTL, pid, gs_base, ARCH_SET_GS));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "regs.h"

#define GS_BASE 0x5ca1ab1e000UL

#if defined(__x86_64__)
static int set_gs(void *arg)
{
	ASSERT_OK(syscall(SYS_arch_prctl, ARCH_SET_GS, GS_BASE));
	ptc_trap_return(0);
	return 0;
}
#endif

PTC_CASE(
	.claim = "PTRACE_ARCH_PRCTL with ARCH_GET_GS in data writes the tracee's GS base (the "
		 "one it set itself) to the tracer's address in addr",
	.man = "PTRACE_ARCH_PRCTL (undocumented)",
	.spec = "C188",
	.needs = "arch:x86_64",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, set_gs, NULL);
	unsigned long gs = 0;

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_ARCH_PRCTL, pid, &gs, ARCH_GET_GS));
	EXPECT_EQ(gs, GS_BASE);
#endif
}

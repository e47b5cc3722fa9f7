// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "regs.h"

#define GS_BASE 0x600dcafe000UL

static int check_gs(void *arg)
{
	unsigned long gs = 0;

	ptc_trap_return(0);
	ASSERT_OK(syscall(SYS_arch_prctl, ARCH_GET_GS, &gs));
	EXPECT_EQ(gs, GS_BASE);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_ARCH_PRCTL with ARCH_SET_GS in data sets the tracee's GS base to the "
		 "value in addr: the tracee's own arch_prctl(ARCH_GET_GS) then reports it",
	.man = "PTRACE_ARCH_PRCTL (undocumented)",
	.spec = "C188",
	.since = "2.6.25",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, check_gs, NULL);

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_ARCH_PRCTL, pid, GS_BASE, ARCH_SET_GS));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

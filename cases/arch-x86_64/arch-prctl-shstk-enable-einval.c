// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A tracer cannot enable a shadow stack for its tracee: PTRACE_ARCH_PRCTL "
		 "with ARCH_SHSTK_ENABLE fails with EINVAL (only the task itself may)",
	.man = "PTRACE_ARCH_PRCTL (undocumented)",
	.spec = "C189",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned long features = ~0UL;

	EXPECT_ERRNO(PTRACE(PTRACE_ARCH_PRCTL, pid, ARCH_SHSTK_SHSTK, ARCH_SHSTK_ENABLE), EINVAL);
	if (PTRACE(PTRACE_ARCH_PRCTL, pid, &features, ARCH_SHSTK_STATUS) == 0)
		EXPECT_EQ(features, 0);
}

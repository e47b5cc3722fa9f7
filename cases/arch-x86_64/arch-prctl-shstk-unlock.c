// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A tracer may unlock its tracee's shadow-stack features: PTRACE_ARCH_PRCTL "
		 "with ARCH_SHSTK_UNLOCK succeeds (with CONFIG_CHECKPOINT_RESTORE)",
	.man = "PTRACE_ARCH_PRCTL (undocumented)",
	.spec = "C189",
	.since = "6.6",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned long features;
	long r = PTRACE(PTRACE_ARCH_PRCTL, pid, &features, ARCH_SHSTK_STATUS);

	REQUIRE_SUPPORTED(r, EINVAL, PTC_FEAT_X86_SHSTK);
	r = PTRACE(PTRACE_ARCH_PRCTL, pid, ARCH_SHSTK_SHSTK, ARCH_SHSTK_UNLOCK);
	REQUIRE_SUPPORTED(r, EINVAL, PTC_FEAT_X86_SHSTK_UNLOCK);
	EXPECT_OK(r);
}

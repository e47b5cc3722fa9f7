// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_ARCH_PRCTL with ARCH_SHSTK_STATUS writes the tracee's enabled "
		 "shadow-stack features to addr: none for a tracee that enabled none",
	.man = "PTRACE_ARCH_PRCTL (undocumented)",
	.spec = "C189",
	.since = "6.6",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned long features = ~0UL;
	long r = PTRACE(PTRACE_ARCH_PRCTL, pid, &features, ARCH_SHSTK_STATUS);

	REQUIRE_SUPPORTED(r, EINVAL, PTC_FEAT_X86_SHSTK);
	ASSERT_OK(r);
	EXPECT_EQ(features, 0);
}

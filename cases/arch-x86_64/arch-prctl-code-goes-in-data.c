// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_ARCH_PRCTL takes the arch_prctl code in data: called in arch_prctl's "
		 "own order (code in addr, pointer in data), or with an unknown code, it fails "
		 "with EINVAL",
	.man = "PTRACE_ARCH_PRCTL (undocumented)",
	.spec = "C188",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned long out = 0;

	EXPECT_ERRNO(PTRACE(PTRACE_ARCH_PRCTL, pid, ARCH_GET_FS, &out), EINVAL);
	EXPECT_ERRNO(PTRACE(PTRACE_ARCH_PRCTL, pid, &out, 0x1fff), EINVAL);
	EXPECT_EQ(out, 0);
}

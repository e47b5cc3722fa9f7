// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "NT_X86_SHSTK is not a register set of 32-bit tracees: PTRACE_GETREGSET with "
		 "it fails with EINVAL whatever the kernel and CPU",
	.man = "PTRACE_GETREGSET",
	.spec = "C046 C048",
	.needs = "arch:i386",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	uint64_t ssp = 0;
	size_t len = sizeof(ssp);

	EXPECT_ERRNO(ptc_regset(PTRACE_GETREGSET, pid, NT_X86_SHSTK, &ssp, &len), EINVAL);
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_SHSTK, &ssp, &len), EINVAL);
}

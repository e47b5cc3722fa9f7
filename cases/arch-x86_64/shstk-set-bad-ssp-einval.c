// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "For a tracee with a shadow stack, PTRACE_SETREGSET of NT_X86_SHSTK refuses "
		 "an SSP that is not 8-byte aligned or not a user address with EINVAL, and "
		 "accepts the SSP it read",
	.man = "PTRACE_SETREGSET",
	.spec = "C048",
	.since = "6.6",
	.needs = "arch:x86_64",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start_shstk_tracee();
	uint64_t ssp = 0, bad;
	size_t len = sizeof(ssp);

	ASSERT_OK(ptc_regset(PTRACE_GETREGSET, pid, NT_X86_SHSTK, &ssp, &len));
	bad = ssp + 4;
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_SHSTK, &bad, &len), EINVAL);
	bad = 0xffff800000000000ULL;
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_SHSTK, &bad, &len), EINVAL);
	EXPECT_OK(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_SHSTK, &ssp, &len));
#endif
}

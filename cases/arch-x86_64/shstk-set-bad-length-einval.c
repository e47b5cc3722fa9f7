// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "For a tracee with a shadow stack, PTRACE_SETREGSET of NT_X86_SHSTK needs "
		 "exactly the 8-byte SSP: iov_len 0 or 4 fails with EINVAL, while GETREGSET "
		 "reads the 8 bytes",
	.man = "PTRACE_SETREGSET",
	.spec = "C045 C048",
	.since = "6.6",
	.needs = "arch:x86_64",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start_shstk_tracee();
	uint64_t ssp = 0;
	size_t len = sizeof(ssp);

	ASSERT_OK(ptc_regset(PTRACE_GETREGSET, pid, NT_X86_SHSTK, &ssp, &len));
	EXPECT_EQ(len, 8);
	EXPECT_NE(ssp, 0);
	len = 0;
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_SHSTK, &ssp, &len), EINVAL);
	len = 4;
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_SHSTK, &ssp, &len), EINVAL);
#endif
}

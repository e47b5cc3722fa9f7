// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_SETREGSET with NT_X86_XSTATE refuses an XSAVE header the user ABI "
		 "does not allow with EINVAL: a nonzero xcomp_bv (compacted format), nonzero "
		 "reserved header bytes, or feature bits outside XCR0",
	.man = "PTRACE_SETREGSET",
	.spec = "C047 5.C15",
	.needs = "arch:x86",
	.links = "linux-git:814fb7bb7db5 CVE-2017-15537 LTP ptrace07",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	static unsigned char buf[PTC_XSTATE_MAX], bad[PTC_XSTATE_MAX];
	size_t full = ptc_get_xstate(pid, buf), len;
	uint64_t word = 1ULL << 63 | 1;

	memcpy(bad, buf, full);
	memcpy(bad + PTC_XSTATE_XCOMP_BV, &word, sizeof(word));
	len = full;
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_XSTATE, bad, &len), EINVAL);

	memcpy(bad, buf, full);
	memcpy(bad + PTC_XSTATE_RESERVED + 8, &word, sizeof(word));
	len = full;
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_XSTATE, bad, &len), EINVAL);

	memcpy(bad, buf, full);
	word = ~ptc_xcr0();
	memcpy(bad + PTC_XSTATE_BV, &word, sizeof(word));
	len = full;
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_XSTATE, bad, &len), EINVAL);

	/* The image as read is accepted. */
	len = full;
	EXPECT_OK(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_XSTATE, buf, &len));
#endif
}

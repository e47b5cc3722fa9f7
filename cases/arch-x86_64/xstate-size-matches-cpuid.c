// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_GETREGSET with NT_X86_XSTATE and a large buffer copies the whole "
		 "standard-format XSAVE image and sets iov_len to its size: the size CPUID leaf "
		 "0xd reports for the features enabled in XCR0",
	.man = "PTRACE_GETREGSET",
	.spec = "C042 C044",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	static unsigned char buf[PTC_XSTATE_MAX];

	EXPECT_EQ(ptc_get_xstate(pid, buf), ptc_xsave_size());
#endif
}

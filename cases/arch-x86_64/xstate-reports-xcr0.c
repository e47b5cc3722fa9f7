// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "In the NT_X86_XSTATE image the kernel fills the first software-reserved "
		 "word of the FXSAVE area (bytes 464-471) with XCR0, the enabled feature mask "
		 "xgetbv shows",
	.man = "PTRACE_GETREGSET",
	.spec = "C042",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	static unsigned char buf[PTC_XSTATE_MAX];
	uint64_t xcr0;

	ptc_get_xstate(pid, buf);
	memcpy(&xcr0, buf + PTC_XSTATE_SW_XCR0, sizeof(xcr0));
	EXPECT_EQ(xcr0, ptc_xcr0());
	EXPECT_EQ(xcr0 & 3, 3);	/* x87 and SSE are always there */
#endif
}

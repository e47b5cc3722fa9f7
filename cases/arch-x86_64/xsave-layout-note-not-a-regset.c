// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "NT_X86_XSAVE_LAYOUT (0x205) is a core-dump note, not a register set: "
		 "PTRACE_GETREGSET with it fails with EINVAL",
	.man = "PTRACE_GETREGSET",
	.spec = "C046",
	.needs = "arch:x86",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned char buf[256];
	size_t len = sizeof(buf);

	EXPECT_ERRNO(ptc_regset(PTRACE_GETREGSET, pid, NT_X86_XSAVE_LAYOUT, buf, &len), EINVAL);
}

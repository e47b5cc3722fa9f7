// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_GETREGSET and PTRACE_SETREGSET fail with EINVAL for an NT_* type the "
		 "tracee's register view lacks: a number no arch uses, and another arch's type "
		 "(NT_ARM_TLS on x86, NT_X86_XSTATE elsewhere)",
	.man = "PTRACE_GETREGSET",
	.spec = "C046",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned long other = PTC_X86 ? NT_ARM_TLS : NT_X86_XSTATE;
	unsigned long buf[64];
	size_t len = sizeof(buf);

	EXPECT_ERRNO(ptc_regset(PTRACE_GETREGSET, pid, 0x7fff, buf, &len), EINVAL);
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, 0x7fff, buf, &len), EINVAL);
	EXPECT_ERRNO(ptc_regset(PTRACE_GETREGSET, pid, other, buf, &len), EINVAL);
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, other, buf, &len), EINVAL);
}

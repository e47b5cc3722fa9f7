// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_SETREGSET with NT_X86_XSTATE needs the whole XSAVE image: an iov_len "
		 "that is a valid multiple of 8 but shorter fails with EFAULT",
	.man = "PTRACE_SETREGSET",
	.spec = "C045 C047",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	static unsigned char buf[PTC_XSTATE_MAX];
	size_t full = ptc_get_xstate(pid, buf), len = 512;

	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_XSTATE, buf, &len), EFAULT);
	len = full - 8;
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_XSTATE, buf, &len), EFAULT);
	len = full;
	EXPECT_OK(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_XSTATE, buf, &len));
#endif
}

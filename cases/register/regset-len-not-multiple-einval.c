// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_GETREGSET and PTRACE_SETREGSET fail with EINVAL when iov_len is not "
		 "a multiple of the register set's element size (a word for NT_PRSTATUS)",
	.man = "PTRACE_GETREGSET; PTRACE_SETREGSET",
	.spec = "C045",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	ptc_regs_t regs;
	size_t len = sizeof(regs) - 1;

	EXPECT_ERRNO(ptc_regset(PTRACE_GETREGSET, pid, NT_PRSTATUS, &regs, &len), EINVAL);
	len = sizeof(long) + 2;
	EXPECT_ERRNO(ptc_regset(PTRACE_GETREGSET, pid, NT_PRSTATUS, &regs, &len), EINVAL);
	ptc_get_regs(pid, &regs);
	len = sizeof(regs) - 2;
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_PRSTATUS, &regs, &len), EINVAL);
}

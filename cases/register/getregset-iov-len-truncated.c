// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_GETREGSET with an iov_len larger than the register set copies the "
		 "whole set, sets iov_len to its size and leaves the rest of the buffer alone",
	.man = "PTRACE_GETREGSET",
	.spec = "C044",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned char buf[sizeof(ptc_regs_t) + 64];
	size_t len = sizeof(buf);

	memset(buf, 0xee, sizeof(buf));
	ASSERT_OK(ptc_regset(PTRACE_GETREGSET, pid, NT_PRSTATUS, buf, &len));
	EXPECT_EQ(len, sizeof(ptc_regs_t));
	for (size_t i = sizeof(ptc_regs_t); i < sizeof(buf); i++)
		EXPECT_EQ(buf[i], 0xee);
}

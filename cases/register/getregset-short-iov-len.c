// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_GETREGSET with an iov_len shorter than the register set copies only "
		 "that many bytes (the set's first registers) and leaves iov_len as it was",
	.man = "PTRACE_GETREGSET",
	.spec = "C044",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned long part[4], full[sizeof(ptc_regs_t) / sizeof(long)], canary;
	size_t len = 2 * sizeof(long), full_len = sizeof(full);

	memset(part, 0xee, sizeof(part));
	memset(&canary, 0xee, sizeof(canary));
	ASSERT_OK(ptc_regset(PTRACE_GETREGSET, pid, NT_PRSTATUS, part, &len));
	EXPECT_EQ(len, 2 * sizeof(long));
	ASSERT_OK(ptc_regset(PTRACE_GETREGSET, pid, NT_PRSTATUS, full, &full_len));
	EXPECT_EQ(part[0], full[0]);
	EXPECT_EQ(part[1], full[1]);
	EXPECT_EQ(part[2], canary);
	EXPECT_EQ(part[3], canary);
}

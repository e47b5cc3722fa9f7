// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "On x86_64, PTRACE_PEEKUSER and PTRACE_POKEUSER at an offset at or past the "
		 "end of the kernel's struct user fail with EIO",
	.man = "PTRACE_PEEKUSER; PTRACE_POKEUSER",
	.spec = "C032",
	.needs = "arch:x86_64",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	const unsigned long end = PTC_KERNEL_USER_SIZE;

	EXPECT_ERRNO(PTRACE(PTRACE_PEEKUSER, pid, end, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKUSER, pid, end + sizeof(long), 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKUSER, pid, 1UL << 20, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, end, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, 1UL << 20, 0), EIO);
	/* The last word is still inside. */
	PTRACE(PTRACE_PEEKUSER, pid, end - sizeof(long), 0);
	EXPECT_EQ(errno, 0);
#endif
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "POKEUSER of an FS or GS base at or above the top of user space (a kernel "
		 "address) fails with EIO and leaves the base unchanged",
	.man = "PTRACE_POKEUSER",
	.spec = "C035",
	.needs = "arch:x86_64",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	const unsigned long kernel = 0xffff800000000000UL;
	const unsigned long fs_off = offsetof(struct user, regs.fs_base);
	const unsigned long gs_off = offsetof(struct user, regs.gs_base);
	long fs = PTRACE(PTRACE_PEEKUSER, pid, fs_off, 0);

	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, fs_off, kernel), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, gs_off, kernel), EIO);
	EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, fs_off, 0), fs);
	EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, gs_off, 0), 0);
#endif
}

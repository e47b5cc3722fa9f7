// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "POKEUSER of a segment selector without user privilege (RPL 0, e.g. the "
		 "kernel's 0x10) into CS or DS fails with EIO and leaves the register unchanged",
	.man = "PTRACE_POKEUSER",
	.spec = "C035",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	long cs = PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_CS, 0);
	long ds = PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_DS, 0);

	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_CS, 0x10), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DS, 0x10), EIO);
	EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_CS, 0), cs);
	EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_DS, 0), ds);
	EXPECT_EQ(cs & 3, 3);
#endif
}

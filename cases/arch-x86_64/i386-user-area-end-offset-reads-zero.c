// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "For a 32-bit tracer the USER-area bound is one word looser than x86_64's: "
		 "PEEKUSER at offset sizeof(struct user) itself (284) still succeeds and reads "
		 "0, POKEUSER there is ignored, and EIO starts one word later",
	.man = "PTRACE_PEEKUSER; PTRACE_POKEUSER",
	.spec = "C032",
	.needs = "arch:i386",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	const unsigned long end = sizeof(struct user);

	EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, end, 0), 0);
	EXPECT_EQ(errno, 0);
	EXPECT_OK(PTRACE(PTRACE_POKEUSER, pid, end, 1));
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKUSER, pid, end + 4, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, end + 4, 1), EIO);
#endif
}

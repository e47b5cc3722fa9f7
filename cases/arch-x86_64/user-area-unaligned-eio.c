// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_PEEKUSER and PTRACE_POKEUSER at a USER-area offset that is not a "
		 "multiple of the word size fail with EIO",
	.man = "PTRACE_PEEKUSER; PTRACE_POKEUSER",
	.spec = "C031",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	EXPECT_ERRNO(PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_RET + 1, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_RET + sizeof(long) / 2, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_RET + 1, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_RET + sizeof(long) / 2, 0), EIO);
	/* The aligned offset is fine. */
	PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_RET, 0);
	EXPECT_EQ(errno, 0);
#endif
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "u_debugreg[4] and [5] name no debug register: POKEUSER there fails with EIO, "
		 "PEEKUSER there reads 0",
	.man = "PTRACE_PEEKUSER; PTRACE_POKEUSER",
	.spec = "C034 C035",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	for (int i = 4; i <= 5; i++) {
		EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(i), 0), EIO);
		EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_DEBUGREG(i), 0), 0);
		EXPECT_EQ(errno, 0);
	}
#endif
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if PTC_X86
static volatile int watched;
#endif

PTC_CASE(
	.claim = "The debug registers sit at offsetof(struct user, u_debugreg[i]): a user "
		 "address POKEUSERed into DR0 and a DR7 value enabling it read back unchanged "
		 "with PEEKUSER",
	.man = "PTRACE_PEEKUSER; PTRACE_POKEUSER",
	.spec = "C034",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	const unsigned long dr7 = 0xd0001;	/* L0, break on 4-byte writes */
	long got;

	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(0), &watched));
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(7), dr7));
	got = PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_DEBUGREG(0), 0);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ((uintptr_t)got, (uintptr_t)&watched);
	got = PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_DEBUGREG(7), 0);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ((unsigned long)got, dr7);
#endif
}

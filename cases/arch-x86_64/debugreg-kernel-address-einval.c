// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "POKEUSER of a kernel address into a debug address register (DR0) fails with "
		 "EINVAL and leaves DR0 as it was: a tracer cannot watch kernel memory",
	.man = "PTRACE_POKEUSER",
	.spec = "C034 C035 5.B13",
	.needs = "arch:x86_64",
	.links = "linux-git:f67b15037a7a linux-git:27747f8bc355 CVE-2018-1000199 LTP ptrace08",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	const unsigned long kernel = 0xffffffff81000000UL;

	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(0), kernel), EINVAL);
	EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_DEBUGREG(0), 0), 0);
	EXPECT_EQ(errno, 0);
	/* Nor through an enabled slot whose address is set afterwards. */
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(7), 0xd0001));
	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(0), kernel), EINVAL);
#endif
}

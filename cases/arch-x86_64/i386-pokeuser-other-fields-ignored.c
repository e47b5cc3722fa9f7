// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A 32-bit tracer's PTRACE_POKEUSER at an in-range offset that is neither a "
		 "register nor a debug register (u_comm, magic) succeeds and is ignored: PEEKUSER "
		 "there still reads 0 (a 64-bit tracer gets EIO)",
	.man = "PTRACE_POKEUSER",
	.spec = "C033",
	.needs = "arch:i386",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	const unsigned long offs[] = { offsetof(struct user, u_comm),
				       offsetof(struct user, magic) };

	for (size_t i = 0; i < 2; i++) {
		EXPECT_OK(PTRACE(PTRACE_POKEUSER, pid, offs[i], 0x41));
		EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, offs[i], 0), 0);
		EXPECT_EQ(errno, 0);
	}
#endif
}

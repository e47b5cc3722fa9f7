// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A 64-bit tracer's PTRACE_POKEUSER at an in-range offset that is neither a "
		 "register nor a debug register (u_comm, magic) fails with EIO",
	.man = "PTRACE_POKEUSER",
	.spec = "C033 C035",
	.needs = "arch:x86_64",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, offsetof(struct user, u_comm), 0x41), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, offsetof(struct user, magic), 0x41), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, offsetof(struct user, i387), 0x41), EIO);
#endif
}

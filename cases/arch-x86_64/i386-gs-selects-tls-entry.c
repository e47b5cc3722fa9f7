// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "For a 32-bit tracee the GS selector read with PEEKUSER names its TLS "
		 "descriptor: PTRACE_GET_THREAD_AREA at index GS >> 3 gives the base of its "
		 "thread control block",
	.man = "PTRACE_GET_THREAD_AREA; PTRACE_PEEKUSER",
	.spec = "C185",
	.needs = "arch:i386",
)
{
#if defined(__i386__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned long gs = PTRACE(PTRACE_PEEKUSER, pid, offsetof(struct user, regs.xgs), 0);
	unsigned long tcb;
	struct user_desc d;

	/* A fork of this thread: its thread control block is at the same address. */
	__asm__("movl %%gs:0, %0" : "=r"(tcb));
	EXPECT_EQ(gs & 3, 3);
	ASSERT_OK(PTRACE(PTRACE_GET_THREAD_AREA, pid, gs >> 3, &d));
	EXPECT_EQ(d.base_addr, tcb);
#endif
}

// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "ptc.h"
#include "regs.h"

#define I386_REGS_SIZE 68	/* 17 four-byte registers, ebx first, ss last */
#define I386_DEBUGREG 252	/* u_debugreg[0] */
/* DR7 enabling DR2 (L2, bit 4) for 4-byte writes (R/W2 01, LEN2 11: bits 24-27). */
#define I386_DR7_L2_WRITE4 0x0d000010UL

#if PTC_X86
static volatile int watched;
#endif

PTC_CASE(
	.claim = "A 32-bit tracer sees the i386 USER area: 4-byte words, eax at offset 24, "
		 "orig_eax at 44, eip at 48, esp at 60, ss at 64 (the last of the 68 bytes "
		 "GETREGS writes), u_debugreg[0] at 252 and DR7 at 280, 284 bytes in all, "
		 "whatever the kernel's own word size",
	.man = "PTRACE_PEEKUSER; PTRACE_GETREGS; NOTES",
	.spec = "C030 C036 C037",
	.needs = "arch:i386",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_trap_tracee, (void *)0x5ca1ab1e);
	unsigned char area[sizeof(ptc_regs_t) + 8];
	uint32_t ss, esp;
	long got;

	ptc_run_to_trap(pid);
	/* GETREGS fills 68 bytes, ss last, and nothing past them. */
	memset(area, 0xa5, sizeof(area));
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, area));
	memcpy(&ss, area + 64, sizeof(ss));
	EXPECT_EQ(ss, (uint32_t)PTRACE(PTRACE_PEEKUSER, pid, 64, 0));
	EXPECT_NE(ss, 0xa5a5a5a5U);
	for (size_t i = I386_REGS_SIZE; i < sizeof(area); i++)
		EXPECT_EQ(area[i], 0xa5);
	EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, 24, 0), 0x5ca1ab1e);
	/* A trap is no system call: orig_eax is -1. */
	EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, 44, 0), -1);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ((unsigned long)PTRACE(PTRACE_PEEKUSER, pid, 48, 0),
		  (uintptr_t)ptc_trap_return_ip);
	memcpy(&esp, area + 60, sizeof(esp));
	EXPECT_EQ((uint32_t)PTRACE(PTRACE_PEEKUSER, pid, 60, 0), esp);
	/* DR2 at 252 + 2 * 4 takes a user address, DR7 at 252 + 7 * 4 a value
	 * enabling it; both read back there, and DR0 and DR1 beside them stay 0. */
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, I386_DEBUGREG + 2 * 4, &watched));
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, I386_DEBUGREG + 7 * 4, I386_DR7_L2_WRITE4));
	got = PTRACE(PTRACE_PEEKUSER, pid, I386_DEBUGREG + 2 * 4, 0);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ((uintptr_t)got, (uintptr_t)&watched);
	got = PTRACE(PTRACE_PEEKUSER, pid, I386_DEBUGREG + 7 * 4, 0);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ((unsigned long)got, I386_DR7_L2_WRITE4);
	EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, I386_DEBUGREG, 0), 0);
	EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, I386_DEBUGREG + 4, 0), 0);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKUSER, pid, 284 + 4, 0), EIO);
#endif
}

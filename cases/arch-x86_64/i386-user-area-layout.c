// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A 32-bit tracer sees the i386 USER area: 4-byte words, eax at offset 24, "
		 "orig_eax at 44, eip at 48, esp at 60, 284 bytes in all with u_debugreg[0] at "
		 "252, whatever the kernel's own word size",
	.man = "PTRACE_PEEKUSER; NOTES",
	.spec = "C030 C036 C037",
	.needs = "arch:i386",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_trap_tracee, (void *)0x5ca1ab1e);
	ptc_regs_t regs;

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));
	EXPECT_EQ(sizeof(regs), 68);
	EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, 24, 0), 0x5ca1ab1e);
	EXPECT_EQ((unsigned long)PTRACE(PTRACE_PEEKUSER, pid, 44, 0),
		  (unsigned long)PTC_REG_SYSNR(regs));
	EXPECT_EQ((unsigned long)PTRACE(PTRACE_PEEKUSER, pid, 48, 0),
		  (uintptr_t)ptc_trap_return_ip);
	EXPECT_EQ((unsigned long)PTRACE(PTRACE_PEEKUSER, pid, 60, 0),
		  (unsigned long)PTC_REG_SP(regs));
	/* DR7 (u_debugreg[7]) round-trips at 252 + 7 * 4. */
	EXPECT_OK(PTRACE(PTRACE_POKEUSER, pid, 252 + 7 * 4, 0));
	EXPECT_EQ(PTRACE(PTRACE_PEEKUSER, pid, 252 + 7 * 4, 0), 0);
	EXPECT_EQ(errno, 0);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKUSER, pid, 284 + 4, 0), EIO);
#endif
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_PEEKUSER reads the word at an offset of the tracee's struct user: at "
		 "the offsets of regs.ip and regs.ax it returns the instruction pointer and the "
		 "return register GETREGS shows",
	.man = "PTRACE_PEEKUSER",
	.spec = "C030",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_trap_tracee, (void *)0x5ca1ab1e);
	ptc_regs_t regs;
	long ip, ret;

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));
	ip = PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_IP, 0);
	EXPECT_EQ(errno, 0);
	ret = PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_RET, 0);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ((unsigned long)ip, PTC_REG_IP(regs));
	EXPECT_EQ((unsigned long)ip, (uintptr_t)ptc_trap_return_ip);
	EXPECT_EQ(ret, 0x5ca1ab1e);
#endif
}

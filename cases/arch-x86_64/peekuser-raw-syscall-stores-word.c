// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "The raw ptrace system call for PTRACE_PEEKUSER stores the word at the "
		 "tracer's address in data and returns 0",
	.man = "C library/kernel differences; PTRACE_PEEKUSER",
	.spec = "C025 C030",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_trap_tracee, (void *)0x5ca1ab1e);
	long out = 0;

	ptc_run_to_trap(pid);
	EXPECT_EQ(ptc_ptrace_raw(PTRACE_PEEKUSER, pid, PTC_USER_RET, (unsigned long)&out), 0);
	EXPECT_EQ(out, 0x5ca1ab1e);
	EXPECT_ERRNO(ptc_ptrace_raw(PTRACE_PEEKUSER, pid, PTC_USER_RET, 8), EFAULT);
#endif
}

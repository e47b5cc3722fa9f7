// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_SETREGS refuses a null code or stack segment selector with EIO: the "
		 "tracee could never return to user mode with it",
	.man = "PTRACE_SETREGS, PTRACE_SETFPREGS; PTRACE_POKEUSER",
	.spec = "C035 C039",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	ptc_regs_t regs, bad;

	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));
	bad = regs;
	PTC_REG_CS(bad) = 0;
	EXPECT_ERRNO(PTRACE(PTRACE_SETREGS, pid, 0, &bad), EIO);
	bad = regs;
	PTC_REG_SS(bad) = 0;
	EXPECT_ERRNO(PTRACE(PTRACE_SETREGS, pid, 0, &bad), EIO);
	/* The registers as they were are accepted. */
	EXPECT_OK(PTRACE(PTRACE_SETREGS, pid, 0, &regs));
#endif
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#define TRAP_BRKPT_CODE 1	/* TRAP_BRKPT */

#if PTC_X86
static int syscall_site(void *arg)
{
	return ptc_syscall_site() == getpid() ? 0 : 1;
}
#endif

PTC_CASE(
	.claim = "On x86, single-stepping a syscall instruction stops after the system call "
		 "has completed, with SIGTRAP si_code TRAP_BRKPT, the IP after the instruction "
		 "and the call's result in the return register",
	.man = "PTRACE_SINGLESTEP",
	.spec = "C115 C117",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, syscall_site, NULL);
	ptc_regs_t regs;
	siginfo_t si;

	ptc_run_to_trap(pid);
	ptc_get_regs(pid, &regs);
	ASSERT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_syscall_insn);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_BRKPT_CODE);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_syscall_after);
	EXPECT_EQ(PTC_REG_RET(regs), pid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}

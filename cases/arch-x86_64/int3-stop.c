// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "x86.h"

#if PTC_X86_64

static int hit_int3(void *arg)
{
	ptc_no_coredump();
	ptc_breakpoint();
	return 56;
}
#endif

PTC_CASE(
	.claim = "An int3 in the tracee gives a SIGTRAP signal-delivery-stop with rip just after "
		 "the int3 and si_code SI_KERNEL; PTRACE_CONT with 0 discards the SIGTRAP and the "
		 "tracee carries on",
	.man = "Signal-delivery-stop; PTRACE_GETSIGINFO",
	.spec = "5.B12",
	.needs = "arch:x86_64",
	.links = "gVisor ptrace.cc Int3; rr tests ptrace_breakpoint",
	.variants = "wait",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, hit_int3, NULL);
	ptc_regs_t regs;
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.rip, (uintptr_t)ptc_insn_int3 + 1);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SI_KERNEL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 56);
#endif
}

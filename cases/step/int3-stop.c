// SPDX-License-Identifier: GPL-2.0
#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"

static int hit_int3(void *arg)
{
	ptc_no_coredump();
	par_breakpoint();
	return 56;
}

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
	pid_t pid = ptc_start(PTC_TRACEME, 0, hit_int3, NULL);
	struct par_regs regs;
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	par_getregs(pid, &regs);
	EXPECT_EQ(regs.rip, (uintptr_t)par_insn_int3 + 1);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SI_KERNEL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 56);
}

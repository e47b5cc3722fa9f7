// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

static int trap(void *arg)
{
	return ptc_trap_return(7) == 7 ? 0 : 1;
}

PTC_CASE(
	.claim = "On x86 an int3 breakpoint stops the tracee with SIGTRAP, si_code SI_KERNEL "
		 "and the IP after the int3; restarting with signal 0 discards the SIGTRAP and "
		 "the tracee carries on",
	.man = "Signal-delivery-stop",
	.spec = "5.B12",
	.needs = "arch:x86",
	.variants = "wait",
	.links = "gVisor ptrace.cc Int3; rr tests ptrace_breakpoint (formerly also step.int3-stop)",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, trap, NULL);
	ptc_regs_t regs;
	siginfo_t si;

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SI_KERNEL);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(PTC_IP_OF(regs), (uintptr_t)ptc_trap_return_ip);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

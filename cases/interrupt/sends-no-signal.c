// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_INTERRUPT stops a seized tracee without any signal: at its "
		 "PTRACE_EVENT_STOP nothing is pending (SigPnd and ShdPnd empty) and the "
		 "siginfo is the trap's own (SIGTRAP, si_code SIGTRAP | PTRACE_EVENT_STOP << 8)",
	.man = "PTRACE_INTERRUPT; Attaching and detaching",
	.spec = "C165 C054",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	siginfo_t si;

	ptc_wait_state(pid, "S");
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	EXPECT_EQ(ptc_proc_sigmask(pid, "SigPnd"), 0);
	EXPECT_EQ(ptc_proc_sigmask(pid, "ShdPnd"), 0);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SIGTRAP | (PTRACE_EVENT_STOP << 8));
}

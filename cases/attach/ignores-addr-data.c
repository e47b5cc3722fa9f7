// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_ATTACH ignores addr and data: with a signal number in data the tracee "
		 "still stops for the kernel's SIGSTOP and nothing else",
	.man = "PTRACE_ATTACH",
	.spec = "C142",
	.variants = "wait",
)
{
	pid_t pid = ptc_fork(ptc_idle, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0x1000, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, SI_KERNEL);
	/* No SIGUSR1 was queued alongside. */
	EXPECT_FALSE(ptc_proc_has_signal(pid, "SigPnd", SIGUSR1) ||
		     ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_ATTACH queues a SIGSTOP: the tracee reports a signal-delivery-stop for "
		 "SIGSTOP whose siginfo says the kernel sent it (si_code SI_KERNEL)",
	.man = "PTRACE_ATTACH",
	.spec = "C142 C143 C144",
	.variants = "wait",
)
{
	pid_t pid = ptc_fork(ptc_idle, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGSTOP);
	EXPECT_EQ(si.si_code, SI_KERNEL);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_GETSIGINFO ignores addr: with a garbage addr it still fills data with "
		 "the stop's siginfo",
	.man = "PTRACE_GETSIGINFO",
	.spec = "C050",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGUSR2));
	ASSERT_SIGNAL_STOP(pid, SIGUSR2);
	memset(&si, 0, sizeof(si));
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0xdeadbeefUL, &si));
	EXPECT_EQ(si.si_signo, SIGUSR2);
	EXPECT_EQ(si.si_code, SI_USER);
	EXPECT_EQ(si.si_pid, getpid());
}

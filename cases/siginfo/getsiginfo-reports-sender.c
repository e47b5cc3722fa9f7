// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "sigqueue.h"

PTC_CASE(
	.claim = "At a signal-delivery-stop PTRACE_GETSIGINFO returns the siginfo of the signal "
		 "being delivered: number, si_code SI_QUEUE, the sender's pid and uid and the "
		 "queued value",
	.man = "PTRACE_GETSIGINFO",
	.spec = "C050",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_OK(ptc_sigqueue(pid, SIGUSR1, 4242));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	memset(&si, 0, sizeof(si));
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGUSR1);
	EXPECT_EQ(si.si_code, SI_QUEUE);
	EXPECT_EQ(si.si_pid, getpid());
	EXPECT_EQ(si.si_uid, getuid());
	EXPECT_EQ(si.si_value.sival_int, 4242);
}

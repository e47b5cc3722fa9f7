// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_PEEKSIGINFO copies the queued siginfo entries and returns how many it "
		 "copied, without dequeuing them: a second peek sees the same entries and they "
		 "stay pending",
	.man = "PTRACE_PEEKSIGINFO",
	.spec = "C061 C062 C294",
	.since = "3.10",
)
{
	pid_t pid;
	siginfo_t si[8];

	pid = ptc_start_blocking(SIGUSR1, SIGUSR2, 0);
	ASSERT_OK(ptc_sigqueue(pid, SIGUSR1, 1));
	ASSERT_OK(ptc_sigqueue(pid, SIGUSR2, 2));
	for (int round = 0; round < 2; round++) {
		memset(si, 0, sizeof(si));
		long n = ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 8, si);

		REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_PEEKSIGINFO);
		ASSERT_EQ(n, 2);
		EXPECT_EQ(si[0].si_signo, SIGUSR1);
		EXPECT_EQ(si[0].si_value.sival_int, 1);
		EXPECT_EQ(si[0].si_pid, getpid());
		EXPECT_EQ(si[1].si_signo, SIGUSR2);
		EXPECT_EQ(si[1].si_value.sival_int, 2);
	}
	EXPECT_EQ(ptc_proc_sigmask(pid, "ShdPnd"), PTC_SIGBIT(SIGUSR1) | PTC_SIGBIT(SIGUSR2));
}

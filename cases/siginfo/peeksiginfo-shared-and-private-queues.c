// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_PEEKSIGINFO with flags 0 reads the thread's own queue (tgkill) and "
		 "with PTRACE_PEEKSIGINFO_SHARED the process-wide queue (kill), each without the "
		 "other's entries",
	.man = "PTRACE_PEEKSIGINFO",
	.spec = "C063",
	.since = "3.10",
)
{
	pid_t pid;
	siginfo_t si[4];
	long n;

	pid = ptc_start_blocking(SIGUSR1, SIGUSR2, 0);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_OK(ptc_tgkill(pid, pid, SIGUSR2));

	n = ptc_peeksiginfo(pid, 0, 0, 4, si);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_PEEKSIGINFO);
	ASSERT_EQ(n, 1);
	EXPECT_EQ(si[0].si_signo, SIGUSR2);
	EXPECT_EQ(si[0].si_code, SI_TKILL);

	n = ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 4, si);
	ASSERT_EQ(n, 1);
	EXPECT_EQ(si[0].si_signo, SIGUSR1);
	EXPECT_EQ(si[0].si_code, SI_USER);
}

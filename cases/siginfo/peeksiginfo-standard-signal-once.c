// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A standard signal sent several times while blocked is one PTRACE_PEEKSIGINFO "
		 "entry, the first one sent",
	.man = "PTRACE_PEEKSIGINFO",
	.spec = "C069",
	.since = "3.10",
)
{
	pid_t pid;
	siginfo_t si[4];
	long n;

	pid = ptc_start_blocking(SIGUSR1, 0);
	for (int v = 1; v <= 3; v++)
		ASSERT_OK(ptc_sigqueue(pid, SIGUSR1, v));
	n = ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 4, si);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_PEEKSIGINFO);
	ASSERT_EQ(n, 1);
	EXPECT_EQ(si[0].si_signo, SIGUSR1);
	EXPECT_EQ(si[0].si_value.sival_int, 1);
}

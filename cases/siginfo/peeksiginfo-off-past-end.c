// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_PEEKSIGINFO starts at entry off of the queue: an off inside the queue "
		 "skips the entries before it, an off at or past its end returns 0",
	.man = "PTRACE_PEEKSIGINFO",
	.spec = "C062",
	.since = "3.10",
)
{
	pid_t pid;
	siginfo_t si[4];
	long n;

	pid = ptc_start_blocking(SIGRTMIN + 1, 0);
	for (int v = 1; v <= 3; v++)
		ASSERT_OK(ptc_sigqueue(pid, SIGRTMIN + 1, v));
	n = ptc_peeksiginfo(pid, 1, PTRACE_PEEKSIGINFO_SHARED, 4, si);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_PEEKSIGINFO);
	ASSERT_EQ(n, 2);
	EXPECT_EQ(si[0].si_value.sival_int, 2);
	EXPECT_EQ(si[1].si_value.sival_int, 3);
	EXPECT_EQ(ptc_peeksiginfo(pid, 3, PTRACE_PEEKSIGINFO_SHARED, 4, si), 0);
	EXPECT_EQ(ptc_peeksiginfo(pid, 1000, PTRACE_PEEKSIGINFO_SHARED, 4, si), 0);
	EXPECT_EQ(ptc_peeksiginfo(pid, INT64_MAX, PTRACE_PEEKSIGINFO_SHARED, 4, si), 0);
}

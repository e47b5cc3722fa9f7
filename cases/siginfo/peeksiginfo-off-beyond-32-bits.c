// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_PEEKSIGINFO with an off of 2^32 returns 0 even with entries queued: a "
		 "32-bit kernel or compat tracer that cannot hold it does not wrap it to 0",
	.man = "PTRACE_PEEKSIGINFO",
	.spec = "C067 C062",
	.since = "3.10",
)
{
	pid_t pid;
	siginfo_t si;
	long n;

	pid = ptc_start_blocking(SIGUSR1, 0);
	ASSERT_OK(kill(pid, SIGUSR1));
	n = ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 1, &si);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_PEEKSIGINFO);
	ASSERT_EQ(n, 1);
	EXPECT_EQ(ptc_peeksiginfo(pid, 1ULL << 32, PTRACE_PEEKSIGINFO_SHARED, 1, &si), 0);
	EXPECT_EQ(ptc_peeksiginfo(pid, UINT64_MAX, PTRACE_PEEKSIGINFO_SHARED, 1, &si), 0);
}

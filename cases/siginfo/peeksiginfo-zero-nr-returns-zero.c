// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_PEEKSIGINFO with nr 0 returns 0 and writes nothing, even with entries "
		 "queued",
	.man = "PTRACE_PEEKSIGINFO",
	.spec = "C065",
	.since = "3.10",
)
{
	pid_t pid;
	siginfo_t si;
	long n;

	pid = ptc_start_blocking(SIGUSR1, 0);
	ASSERT_OK(kill(pid, SIGUSR1));
	memset(&si, 0xa5, sizeof(si));
	n = ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 0, &si);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_PEEKSIGINFO);
	EXPECT_EQ(n, 0);
	EXPECT_EQ(((unsigned char *)&si)[0], 0xa5);
	EXPECT_EQ(ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 1, &si), 1);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_PEEKSIGINFO fails with EINVAL when flags has any bit other than "
		 "PTRACE_PEEKSIGINFO_SHARED",
	.man = "PTRACE_PEEKSIGINFO",
	.spec = "C064",
	.since = "3.10",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	siginfo_t si;
	long n = ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 1, &si);

	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_PEEKSIGINFO);
	ASSERT_OK(n);
	EXPECT_ERRNO(ptc_peeksiginfo(pid, 0, 2, 1, &si), EINVAL);
	EXPECT_ERRNO(ptc_peeksiginfo(pid, 0, 2 | PTRACE_PEEKSIGINFO_SHARED, 1, &si), EINVAL);
	EXPECT_ERRNO(ptc_peeksiginfo(pid, 0, 0x80000000u, 1, &si), EINVAL);
}

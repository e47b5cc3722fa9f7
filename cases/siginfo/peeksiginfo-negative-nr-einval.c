// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_PEEKSIGINFO with a negative nr fails with EINVAL, even with entries "
		 "queued",
	.man = "PTRACE_PEEKSIGINFO",
	.spec = "C065",
	.since = "3.10",
)
{
	pid_t pid;
	siginfo_t si[2];

	pid = ptc_start_blocking(SIGUSR1, 0);
	ASSERT_OK(kill(pid, SIGUSR1));
	REQUIRE_SUPPORTED(ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 1, si), EIO,
			  PTC_FEAT_PEEKSIGINFO);
	EXPECT_ERRNO(ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, -1, si), EINVAL);
	EXPECT_ERRNO(ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, INT32_MIN, si), EINVAL);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_PEEKSIGINFO fails with EFAULT when not even the first entry can be "
		 "written to data",
	.man = "PTRACE_PEEKSIGINFO; ERRORS",
	.spec = "C066 C297",
	.since = "3.10",
)
{
	pid_t pid;
	siginfo_t *buf = ptc_buffer_before_hole(0);

	pid = ptc_start_blocking(SIGUSR1, 0);
	ASSERT_OK(kill(pid, SIGUSR1));
	REQUIRE_SUPPORTED(ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 0, NULL), EIO,
			  PTC_FEAT_PEEKSIGINFO);
	EXPECT_ERRNO(ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 1, buf), EFAULT);
}

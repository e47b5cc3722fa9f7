// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "When writing an entry to data faults after some were copied, "
		 "PTRACE_PEEKSIGINFO returns the number copied instead of EFAULT",
	.man = "PTRACE_PEEKSIGINFO",
	.spec = "C066",
	.since = "3.10",
)
{
	pid_t pid;
	siginfo_t *buf = ptc_buffer_before_hole(2);
	long n;

	pid = ptc_start_blocking(SIGRTMIN + 2, 0);
	for (int v = 1; v <= 4; v++)
		ASSERT_OK(ptc_sigqueue(pid, SIGRTMIN + 2, v));
	n = ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 4, buf);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_PEEKSIGINFO);
	ASSERT_EQ(n, 2);
	EXPECT_EQ(buf[0].si_value.sival_int, 1);
	EXPECT_EQ(buf[1].si_value.sival_int, 2);
}

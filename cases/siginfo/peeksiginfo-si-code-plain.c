// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "The si_code of a PTRACE_PEEKSIGINFO entry is the plain code (SI_USER, SI_TKILL, "
		 "SI_QUEUE) with no kernel-internal class bits in its upper half",
	.man = "PTRACE_PEEKSIGINFO",
	.spec = "C068",
	.since = "3.10",
)
{
	pid_t pid;
	siginfo_t si[4];
	long n;

	pid = ptc_start_blocking(SIGUSR1, SIGUSR2, SIGRTMIN + 3, 0);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_OK(ptc_tgsigqueue(pid, pid, SIGUSR2, 5));
	ASSERT_OK(ptc_tgkill(pid, pid, SIGRTMIN + 3));
	n = ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 4, si);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_PEEKSIGINFO);
	ASSERT_EQ(n, 1);
	EXPECT_EQ(si[0].si_code, SI_USER);
	n = ptc_peeksiginfo(pid, 0, 0, 4, si);
	ASSERT_EQ(n, 2);
	EXPECT_EQ(si[0].si_code, SI_QUEUE);
	EXPECT_EQ(si[1].si_code, SI_TKILL);
}

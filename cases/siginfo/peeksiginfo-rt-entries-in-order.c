// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A real-time signal queued several times appears as several PTRACE_PEEKSIGINFO "
		 "entries, all in the order they were queued, interleaved with other signals",
	.man = "PTRACE_PEEKSIGINFO",
	.spec = "C069",
	.since = "3.10",
)
{
	static const struct {
		int sig, value;
	} sent[] = { { 1, 10 }, { 2, 20 }, { 1, 11 }, { 1, 12 }, { 2, 21 } };
	pid_t pid;
	siginfo_t si[8];
	long n;

	pid = ptc_start_blocking(SIGRTMIN + 1, SIGRTMIN + 2, 0);
	for (unsigned i = 0; i < 5; i++)
		ASSERT_OK(ptc_sigqueue(pid, SIGRTMIN + sent[i].sig, sent[i].value));
	n = ptc_peeksiginfo(pid, 0, PTRACE_PEEKSIGINFO_SHARED, 8, si);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_PEEKSIGINFO);
	ASSERT_EQ(n, 5);
	for (unsigned i = 0; i < 5; i++) {
		EXPECT_EQ(si[i].si_signo, SIGRTMIN + sent[i].sig);
		EXPECT_EQ(si[i].si_value.sival_int, sent[i].value);
	}
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_GETSIGMASK copies the tracee's blocked-signal mask, in the kernel's "
		 "layout (bit n-1 for signal n), the same mask /proc shows as SigBlk",
	.man = "PTRACE_GETSIGMASK",
	.spec = "C070",
	.since = "3.11",
)
{
	uint64_t mask = 0;
	pid_t pid;
	long r;

	pid = ptc_start_blocking(SIGUSR1, SIGRTMIN + 3, 0);
	r = PTRACE(PTRACE_GETSIGMASK, pid, sizeof(mask), &mask);
	REQUIRE_SUPPORTED(r, EIO, PTC_FEAT_SIGMASK);
	ASSERT_EQ(r, 0);
	EXPECT_EQ(mask, PTC_SIGBIT(SIGUSR1) | PTC_SIGBIT(SIGRTMIN + 3));
	EXPECT_EQ(mask, ptc_proc_sigmask(pid, "SigBlk"));
}

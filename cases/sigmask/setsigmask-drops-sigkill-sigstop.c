// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_SETSIGMASK silently leaves SIGKILL and SIGSTOP unblocked: a mask "
		 "with every bit set reads back without them, and SIGKILL still kills",
	.man = "PTRACE_SETSIGMASK",
	.spec = "C073",
	.since = "3.11",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	uint64_t all = ~0ULL, back = 0;

	REQUIRE_SUPPORTED(PTRACE(PTRACE_SETSIGMASK, pid, sizeof(all), &all), EIO,
			  PTC_FEAT_SIGMASK);
	ASSERT_OK(PTRACE(PTRACE_GETSIGMASK, pid, sizeof(back), &back));
	EXPECT_EQ(back, ~(PTC_SIGBIT(SIGKILL) | PTC_SIGBIT(SIGSTOP)));
	EXPECT_EQ(ptc_proc_sigmask(pid, "SigBlk"), back);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
}

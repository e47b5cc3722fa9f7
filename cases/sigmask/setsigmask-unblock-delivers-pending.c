// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A signal left pending because it was blocked is delivered once PTRACE_SETSIGMASK "
		 "unblocks it: the resumed tracee stops for it",
	.man = "PTRACE_SETSIGMASK",
	.spec = "C072 C231",
	.since = "3.11",
)
{
	uint64_t none = 0;
	pid_t pid;

	pid = ptc_start_blocking(SIGUSR1, 0);
	ASSERT_OK(kill(pid, SIGUSR1));
	EXPECT_EQ(ptc_proc_sigmask(pid, "ShdPnd"), PTC_SIGBIT(SIGUSR1));
	REQUIRE_SUPPORTED(PTRACE(PTRACE_SETSIGMASK, pid, sizeof(none), &none), EIO,
			  PTC_FEAT_SIGMASK);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
}

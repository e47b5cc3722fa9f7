// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"

static int suspend(void *arg)
{
	ptc_sigsuspend_for(SIGUSR1, SIGUSR2);
	return 0;
}

PTC_CASE(
	.claim = "Stopped while sigsuspend's temporary mask is in force, PTRACE_GETSIGMASK "
		 "returns the mask that will be restored, not the temporary one /proc shows",
	.man = "PTRACE_GETSIGMASK",
	.spec = "C074",
	.since = "3.11",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, suspend, NULL);
	uint64_t mask = 0;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_rt_sigsuspend);
	ASSERT_OK(kill(pid, SIGUSR2));
	ASSERT_SIGNAL_STOP(pid, SIGUSR2);
	REQUIRE_SUPPORTED(PTRACE(PTRACE_GETSIGMASK, pid, sizeof(mask), &mask), EIO,
			  PTC_FEAT_SIGMASK);
	EXPECT_EQ(mask, PTC_SIGBIT(SIGUSR1) | PTC_SIGBIT(SIGUSR2));
	EXPECT_EQ(ptc_proc_sigmask(pid, "SigBlk"), PTC_SIGBIT(SIGUSR1));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR2));
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_SETSIGMASK fails with EINVAL unless addr is the size of the kernel "
		 "sigset (8 bytes), and then leaves the mask alone",
	.man = "PTRACE_SETSIGMASK",
	.spec = "C071",
	.since = "3.11",
)
{
	uint64_t mask[2] = { PTC_SIGBIT(SIGUSR1) | PTC_SIGBIT(SIGTERM), 0 };
	uint64_t now = 0;
	pid_t pid;
	static const unsigned long sizes[] = { 0, 4, 7, 9, 16, 128 };

	pid = ptc_start_blocking(SIGUSR2, 0);
	REQUIRE_SUPPORTED(PTRACE(PTRACE_GETSIGMASK, pid, 8, &now), EIO, PTC_FEAT_SIGMASK);
	for (unsigned i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		EXPECT_ERRNO(PTRACE(PTRACE_SETSIGMASK, pid, sizes[i], mask), EINVAL);
	ASSERT_OK(PTRACE(PTRACE_GETSIGMASK, pid, 8, &now));
	EXPECT_EQ(now, PTC_SIGBIT(SIGUSR2));
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_GETSIGMASK fails with EINVAL unless addr is the size of the kernel "
		 "sigset (8 bytes), and then writes nothing",
	.man = "PTRACE_GETSIGMASK",
	.spec = "C071",
	.since = "3.11",
)
{
	uint64_t mask[2];
	pid_t pid;
	static const unsigned long sizes[] = { 0, 4, 7, 9, 16, 128 };

	pid = ptc_start_blocking(SIGUSR2, 0);
	REQUIRE_SUPPORTED(PTRACE(PTRACE_GETSIGMASK, pid, 8, mask), EIO, PTC_FEAT_SIGMASK);
	for (unsigned i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		mask[0] = mask[1] = 0;
		EXPECT_ERRNO(PTRACE(PTRACE_GETSIGMASK, pid, sizes[i], mask), EINVAL);
		EXPECT_EQ(mask[0], 0);
	}
	EXPECT_OK(PTRACE(PTRACE_GETSIGMASK, pid, 8, mask));
	EXPECT_EQ(mask[0], PTC_SIGBIT(SIGUSR2));
}

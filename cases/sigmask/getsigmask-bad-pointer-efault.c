// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>

#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_GETSIGMASK and PTRACE_SETSIGMASK fail with EFAULT when data is not "
		 "accessible, and SETSIGMASK then leaves the mask alone",
	.man = "PTRACE_GETSIGMASK; PTRACE_SETSIGMASK",
	.spec = "C076 C297",
	.since = "3.11",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	void *hole = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint64_t before = 0, after = 0;

	ASSERT_TRUE(hole != MAP_FAILED);
	REQUIRE_SUPPORTED(PTRACE(PTRACE_GETSIGMASK, pid, 8, &before), EIO, PTC_FEAT_SIGMASK);
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGMASK, pid, 8, hole), EFAULT);
	EXPECT_ERRNO(PTRACE(PTRACE_SETSIGMASK, pid, 8, hole), EFAULT);
	ASSERT_OK(PTRACE(PTRACE_GETSIGMASK, pid, 8, &after));
	EXPECT_EQ(after, before);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>

#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_PEEKSIGINFO fails with EFAULT when addr does not point to readable "
		 "ptrace_peeksiginfo_args",
	.man = "PTRACE_PEEKSIGINFO; ERRORS",
	.spec = "C066 C297",
	.since = "3.10",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	void *hole = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	siginfo_t si;

	ASSERT_TRUE(hole != MAP_FAILED);
	REQUIRE_SUPPORTED(ptc_peeksiginfo(pid, 0, 0, 1, &si), EIO, PTC_FEAT_PEEKSIGINFO);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKSIGINFO, pid, hole, &si), EFAULT);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKSIGINFO, pid, 0, &si), EFAULT);
}

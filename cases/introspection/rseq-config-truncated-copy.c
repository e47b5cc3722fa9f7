// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_GET_RSEQ_CONFIGURATION copies only min(addr, 24) bytes but always "
		 "returns the full size, 24",
	.man = "PTRACE_GET_RSEQ_CONFIGURATION (undocumented)",
	.spec = "C212",
	.since = "5.13",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned char buf[40], full[40];
	long r;

	memset(full, 0, sizeof(full));
	r = PTRACE(PTRACE_GET_RSEQ_CONFIGURATION, pid, 24, full);
	REQUIRE_SUPPORTED(r, EIO, PTC_FEAT_RSEQ_CONFIGURATION);
	EXPECT_EQ(r, 24);

	memset(buf, 0xa5, sizeof(buf));
	EXPECT_EQ(PTRACE(PTRACE_GET_RSEQ_CONFIGURATION, pid, 8, buf), 24);
	EXPECT_EQ(memcmp(buf, full, 8), 0);
	EXPECT_EQ(buf[8], 0xa5);

	memset(buf, 0xa5, sizeof(buf));
	EXPECT_EQ(PTRACE(PTRACE_GET_RSEQ_CONFIGURATION, pid, 0, buf), 24);
	EXPECT_EQ(buf[0], 0xa5);

	memset(buf, 0xa5, sizeof(buf));
	EXPECT_EQ(PTRACE(PTRACE_GET_RSEQ_CONFIGURATION, pid, sizeof(buf), buf), 24);
	EXPECT_EQ(memcmp(buf, full, 24), 0);
	EXPECT_EQ(buf[24], 0xa5);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

PTC_CASE(
	.claim = "PTRACE_SECCOMP_GET_METADATA copies and returns min(addr, 16) bytes of "
		 "{filter_off, flags}: 8 leaves flags unwritten, more than 16 writes only 16",
	.man = "PTRACE_SECCOMP_GET_METADATA (undocumented)",
	.spec = "C184 C294",
	.since = "4.16",
	.needs = "root",
)
{
	static const unsigned lens[] = { 3 };
	static const unsigned long flags[] = { SECCOMP_FILTER_FLAG_LOG };
	pid_t pid = ptc_start_filtered(lens, flags, 1);
	uint64_t buf[4];
	long r;

	buf[0] = 0;
	buf[1] = buf[2] = buf[3] = 0xa5a5a5a5a5a5a5a5ULL;
	r = PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, 8, buf);
	ptc_require_seccomp_introspection(r, PTC_FEAT_SECCOMP_GET_METADATA);
	EXPECT_EQ(r, 8);
	EXPECT_EQ(buf[1], 0xa5a5a5a5a5a5a5a5ULL);

	buf[0] = 0;
	EXPECT_EQ(PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, 12, buf), 12);
	EXPECT_EQ(buf[1] >> 32, 0xa5a5a5a5ULL);

	buf[0] = 0;
	EXPECT_EQ(PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, 32, buf), 16);
	EXPECT_EQ(buf[0], 0);
	EXPECT_EQ(buf[1], SECCOMP_FILTER_FLAG_LOG);
	EXPECT_EQ(buf[2], 0xa5a5a5a5a5a5a5a5ULL);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

PTC_CASE(
	.claim = "PTRACE_SECCOMP_GET_METADATA reports SECCOMP_FILTER_FLAG_LOG in flags for the "
		 "filter (chosen by filter_off, 0 the oldest) installed with it, and 0 for one "
		 "without",
	.man = "PTRACE_SECCOMP_GET_METADATA (undocumented)",
	.spec = "C184",
	.since = "4.16",
	.needs = "root",
)
{
	static const unsigned lens[] = { 3, 4 };
	static const unsigned long flags[] = { SECCOMP_FILTER_FLAG_LOG, 0 };
	pid_t pid = ptc_start_filtered(lens, flags, 2);
	struct ptc_seccomp_metadata md = { .filter_off = 0, .flags = ~0ULL };
	long r = PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, sizeof(md), &md);

	ptc_require_seccomp_introspection(r, PTC_FEAT_SECCOMP_GET_METADATA);
	EXPECT_EQ(r, sizeof(md));
	EXPECT_EQ(md.filter_off, 0);
	EXPECT_EQ(md.flags, SECCOMP_FILTER_FLAG_LOG);	/* the oldest, installed with it */
	md = (struct ptc_seccomp_metadata){ .filter_off = 1, .flags = 0 };
	EXPECT_EQ(PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, sizeof(md), &md), sizeof(md));
	EXPECT_EQ(md.filter_off, 1);
	EXPECT_EQ(md.flags, 0);
}

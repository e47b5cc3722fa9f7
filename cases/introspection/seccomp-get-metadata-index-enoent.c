// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

PTC_CASE(
	.claim = "PTRACE_SECCOMP_GET_METADATA with a filter_off at or past the number of "
		 "installed filters fails with ENOENT",
	.man = "PTRACE_SECCOMP_GET_METADATA (undocumented)",
	.spec = "C184",
	.since = "4.16",
	.needs = "root",
)
{
	static const unsigned lens[] = { 3 };
	pid_t pid = ptc_start_filtered(lens, NULL, 1);
	struct ptc_seccomp_metadata md = { 0 };

	ptc_require_seccomp_introspection(
		PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, sizeof(md), &md),
		PTC_FEAT_SECCOMP_GET_METADATA);
	md.filter_off = 1;
	EXPECT_ERRNO(PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, sizeof(md), &md), ENOENT);
	md.filter_off = ~0ULL;
	EXPECT_ERRNO(PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, sizeof(md), &md), ENOENT);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

PTC_CASE(
	.claim = "PTRACE_SECCOMP_GET_METADATA with a size (addr) under 8, too small for "
		 "filter_off, fails with EINVAL",
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
	for (unsigned long size = 0; size < 8; size++)
		EXPECT_ERRNO(PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, size, &md), EINVAL);
}

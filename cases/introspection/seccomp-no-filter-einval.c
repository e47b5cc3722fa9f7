// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "On a tracee with no seccomp filter, PTRACE_SECCOMP_GET_FILTER and "
		 "PTRACE_SECCOMP_GET_METADATA fail with EINVAL (the man page does not say so)",
	.man = "PTRACE_SECCOMP_GET_FILTER",
	.spec = "C182 C184",
	.since = "4.4",
	.needs = "root",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	struct ptc_seccomp_metadata md = { 0 };

	EXPECT_ERRNO(PTRACE(PTRACE_SECCOMP_GET_FILTER, pid, 0, NULL), EINVAL);
	EXPECT_ERRNO(PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, sizeof(md), &md), EINVAL);
}

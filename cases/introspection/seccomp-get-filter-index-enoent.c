// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

PTC_CASE(
	.claim = "PTRACE_SECCOMP_GET_FILTER with an index at or past the number of installed "
		 "filters fails with ENOENT",
	.man = "PTRACE_SECCOMP_GET_FILTER",
	.spec = "C178",
	.man_stale = "The man page gives ENOENT for an index greater than the number of "
		     "filters; an index equal to it fails the same way",
	.since = "4.4",
	.needs = "root",
)
{
	static const unsigned lens[] = { 2, 4 };
	pid_t pid = ptc_start_filtered(lens, NULL, 2);
	struct sock_filter got[8];

	ptc_require_seccomp_introspection(PTRACE(PTRACE_SECCOMP_GET_FILTER, pid, 1, got),
					  PTC_FEAT_SECCOMP_GET_FILTER);
	EXPECT_ERRNO(PTRACE(PTRACE_SECCOMP_GET_FILTER, pid, 2, got), ENOENT);
	EXPECT_ERRNO(PTRACE(PTRACE_SECCOMP_GET_FILTER, pid, 1000, got), ENOENT);
	EXPECT_ERRNO(PTRACE(PTRACE_SECCOMP_GET_FILTER, pid, -1UL, got), ENOENT);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

PTC_CASE(
	.claim = "PTRACE_SECCOMP_GET_FILTER with data NULL copies nothing and returns the "
		 "filter's instruction count, so a tracer can size its buffer",
	.man = "PTRACE_SECCOMP_GET_FILTER",
	.spec = "C179",
	.since = "4.4",
	.needs = "root",
)
{
	static const unsigned lens[] = { 9, 6 };
	pid_t pid = ptc_start_filtered(lens, NULL, 2);
	long r = PTRACE(PTRACE_SECCOMP_GET_FILTER, pid, 0, NULL);

	ptc_require_seccomp_introspection(r, PTC_FEAT_SECCOMP_GET_FILTER);
	EXPECT_EQ(r, 9);
	EXPECT_EQ(PTRACE(PTRACE_SECCOMP_GET_FILTER, pid, 1, NULL), 6);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

static int filtered_tracer(void *arg)
{
	static const unsigned lens[] = { 4 };
	struct ptc_seccomp_metadata md = { 0 };
	pid_t pid = ptc_start_filtered(lens, NULL, 1);
	long r = PTRACE(PTRACE_SECCOMP_GET_FILTER, pid, 0, NULL);

	ptc_require_seccomp_introspection(r, PTC_FEAT_SECCOMP_GET_FILTER);
	EXPECT_EQ(r, 4);
	/* Now the tracer itself runs under a filter. */
	ASSERT_OK(ptc_seccomp_allow_all(2, 0));
	EXPECT_ERRNO(PTRACE(PTRACE_SECCOMP_GET_FILTER, pid, 0, NULL), EACCES);
	EXPECT_ERRNO(PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, sizeof(md), &md), EACCES);
	return 0;
}

PTC_CASE(
	.claim = "A tracer that is itself in seccomp filter mode gets EACCES from "
		 "PTRACE_SECCOMP_GET_FILTER and PTRACE_SECCOMP_GET_METADATA, even with "
		 "CAP_SYS_ADMIN",
	.man = "PTRACE_SECCOMP_GET_FILTER",
	.spec = "C180 C184",
	.since = "4.4",
	.needs = "root",
)
{
	pid_t tracer = ptc_fork(filtered_tracer, NULL);

	ASSERT_EXITED(tracer, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

static const unsigned lens[] = { 4 };

static int unprivileged_tracer(void *arg)
{
	struct ptc_seccomp_metadata md = { 0 };
	pid_t pid;

	ptc_become_unprivileged();
	pid = ptc_start_filtered(lens, NULL, 1);
	EXPECT_ERRNO(PTRACE(PTRACE_SECCOMP_GET_FILTER, pid, 0, NULL), EACCES);
	EXPECT_ERRNO(PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, sizeof(md), &md), EACCES);
	return 0;
}

PTC_CASE(
	.claim = "A tracer without CAP_SYS_ADMIN gets EACCES from PTRACE_SECCOMP_GET_FILTER and "
		 "PTRACE_SECCOMP_GET_METADATA, even on its own tracee with a filter",
	.man = "PTRACE_SECCOMP_GET_FILTER",
	.spec = "C180 C184",
	.since = "4.4",
	.needs = "root",
)
{
	struct ptc_seccomp_metadata md = { 0 };
	pid_t probe = ptc_start_filtered(lens, NULL, 1);
	pid_t tracer;

	/* As root first: EACCES means something only where the requests exist. */
	ptc_require_seccomp_introspection(PTRACE(PTRACE_SECCOMP_GET_FILTER, probe, 0, NULL),
					  PTC_FEAT_SECCOMP_GET_FILTER);
	ptc_require_seccomp_introspection(PTRACE(PTRACE_SECCOMP_GET_METADATA, probe, sizeof(md), &md),
					  PTC_FEAT_SECCOMP_GET_METADATA);
	tracer = ptc_fork(unprivileged_tracer, NULL);
	ASSERT_EXITED(tracer, 0);
}

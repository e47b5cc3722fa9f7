// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "reqmatrix.h"

PTC_CASE(
	.claim = "In the group-stop of a tracee not seized, GETSIGINFO and SETSIGINFO fail with "
		 "EINVAL (there is no siginfo) while every other request with valid arguments "
		 "behaves as at any ptrace-stop",
	.man = "ERRORS; Group-stop",
	.spec = "C016 C052 C053",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);
	struct ptc_rq_tracee t = { .pid = pid };
	static const struct ptc_rq_want rows[] = {
		PTC_RQ_NEEDS_STOP(PTC_RQ_AT_STOP),
		{ PTC_RQ_GETSIGINFO, EINVAL },
		{ PTC_RQ_SETSIGINFO, EINVAL },
		{ PTC_RQ_INTERRUPT, EIO },
		{ PTC_RQ_ATTACH, EPERM },
		{ PTC_RQ_SEIZE, EPERM },
		{ PTC_RQ_LISTEN, EIO },
		{ PTC_RQ_CONT, PTC_RQ_OK },
	};

	/* Inject the attach SIGSTOP: the tracee enters its group-stop. */
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	PTC_RQ_CHECK(&t, "a tracee in a group-stop (PTRACE_ATTACH)", rows);
}

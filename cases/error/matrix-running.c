// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "reqmatrix.h"

PTC_CASE(
	.claim = "On a running tracee every request that needs a ptrace-stop fails with ESRCH "
		 "(LISTEN, CONT and DETACH too); INTERRUPT without SEIZE gives EIO, ATTACH and "
		 "SEIZE of it EPERM, and only PTRACE_KILL succeeds",
	.man = "ERRORS; Stopped states",
	.spec = "C016 C020 C139",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	struct ptc_rq_tracee t = { .pid = pid };
	static const struct ptc_rq_want rows[] = {
		PTC_RQ_NEEDS_STOP(ESRCH),
		{ PTC_RQ_INTERRUPT, EIO },
		{ PTC_RQ_ATTACH, EPERM },
		{ PTC_RQ_SEIZE, EPERM },
		{ PTC_RQ_LISTEN, ESRCH },
		{ PTC_RQ_CONT, ESRCH },
		{ PTC_RQ_DETACH, ESRCH },
		{ PTC_RQ_KILL, PTC_RQ_OK },
	};

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* PTRACE_CONT returned: the tracee has left its ptrace-stop. */
	PTC_RQ_CHECK(&t, "a running tracee", rows);
	ASSERT_KILLED(pid, SIGKILL);
}

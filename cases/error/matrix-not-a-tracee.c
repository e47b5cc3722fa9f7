// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "reqmatrix.h"

PTC_CASE(
	.claim = "On a process the caller does not trace, every request but ATTACH, SEIZE and "
		 "TRACEME fails with ESRCH, PTRACE_KILL and PTRACE_INTERRUPT included, and "
		 "none of them touches the process",
	.man = "ERRORS; PTRACE_KILL",
	.spec = "C017 C140",
)
{
	pid_t pid = ptc_fork(ptc_idle, NULL);
	struct ptc_rq_tracee t = { .pid = pid };
	static const struct ptc_rq_want rows[] = {
		PTC_RQ_NEEDS_STOP(ESRCH),
		{ PTC_RQ_INTERRUPT, ESRCH },
		{ PTC_RQ_LISTEN, ESRCH },
		{ PTC_RQ_CONT, ESRCH },
		{ PTC_RQ_DETACH, ESRCH },
		{ PTC_RQ_KILL, ESRCH },
	};

	PTC_RQ_CHECK(&t, "a child the caller does not trace", rows);
	/* Nothing reached it: seized and interrupted now, its first report is
	 * the interrupt's stop, not a death by the SIGKILL of PTRACE_KILL. */
	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
}

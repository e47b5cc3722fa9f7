// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "reqmatrix.h"

PTC_CASE(
	.claim = "In the group-stop of a seized tracee (PTRACE_EVENT_STOP with the stop signal) "
		 "every request with valid arguments succeeds, GETSIGINFO, INTERRUPT and LISTEN "
		 "included; unknown requests and a bad restart signal give EIO",
	.man = "ERRORS; Group-stop; PTRACE_LISTEN",
	.spec = "C016 C057 C125 C131",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	struct ptc_rq_tracee t = { .pid = pid, .seized = 1 };
	static const struct ptc_rq_want rows[] = {
		PTC_RQ_NEEDS_STOP(PTC_RQ_AT_STOP),
		{ PTC_RQ_INTERRUPT, PTC_RQ_OK },
		{ PTC_RQ_ATTACH, EPERM },
		{ PTC_RQ_SEIZE, EPERM },
		{ PTC_RQ_LISTEN, PTC_RQ_OK },
	};

	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGSTOP);
	PTC_RQ_CHECK(&t, "a seized tracee in a group-stop", rows);
}

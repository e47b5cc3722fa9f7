// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "reqmatrix.h"

PTC_CASE(
	.claim = "In the PTRACE_EVENT_STOP that PTRACE_INTERRUPT causes, every request with valid "
		 "arguments succeeds, LISTEN included; unknown requests and a bad restart signal "
		 "give EIO",
	.man = "ERRORS; PTRACE_INTERRUPT",
	.spec = "C016 C125 C136",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);
	struct ptc_rq_tracee t = { .pid = pid, .options = PTRACE_O_TRACESYSGOOD, .seized = 1 };
	static const struct ptc_rq_want rows[] = {
		PTC_RQ_NEEDS_STOP(PTC_RQ_AT_STOP),
		{ PTC_RQ_INTERRUPT, PTC_RQ_OK },
		{ PTC_RQ_ATTACH, EPERM },
		{ PTC_RQ_SEIZE, EPERM },
		{ PTC_RQ_LISTEN, PTC_RQ_OK },
	};

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	PTC_RQ_CHECK(&t, "a seized tracee in an interrupt stop", rows);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "reqmatrix.h"

PTC_CASE(
	.claim = "Requests that return no data (SETOPTIONS, GET/SETSIGINFO, GETEVENTMSG, "
		 "GET/SETSIGMASK, GET/SETREGSET, POKEDATA, INTERRUPT, CONT) return exactly 0 on "
		 "success",
	.man = "RETURN VALUE",
	.spec = "C294",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	struct ptc_rq_tracee t = { .pid = pid, .seized = 1 };
	static const enum ptc_rq zero[] = {
		PTC_RQ_SETOPTIONS, PTC_RQ_GETSIGINFO, PTC_RQ_SETSIGINFO, PTC_RQ_GETEVENTMSG,
		PTC_RQ_GETSIGMASK, PTC_RQ_SETSIGMASK, PTC_RQ_GETREGSET, PTC_RQ_SETREGSET,
		PTC_RQ_POKEDATA, PTC_RQ_INTERRUPT, PTC_RQ_CONT,
	};

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	for (unsigned i = 0; i < sizeof(zero) / sizeof(zero[0]); i++) {
		long r = ptc_rq_issue(zero[i], &t);

		if (r != 0)
			PTC_FAIL(false, "%s returned %ld (%s), expected 0", ptc_rq_name(zero[i]), r,
				 r == -1 ? ptc_errno_name(errno) : "a value");
		else
			ptc_checked();
	}
}

// SPDX-License-Identifier: GPL-2.0
#include <limits.h>

#include "ptc.h"
#include "reqmatrix.h"

PTC_CASE(
	.claim = "Every request naming a thread ID that does not exist fails with ESRCH, "
		 "ATTACH, SEIZE, INTERRUPT and KILL included",
	.man = "ERRORS",
	.spec = "C018",
)
{
	/* No pid namespace hands out INT_MAX: it is above any pid_max. */
	struct ptc_rq_tracee t = { .pid = INT_MAX };
	static const struct ptc_rq_want rows[] = {
		PTC_RQ_NEEDS_STOP(ESRCH),
		{ PTC_RQ_INTERRUPT, ESRCH },
		{ PTC_RQ_ATTACH, ESRCH },
		{ PTC_RQ_SEIZE, ESRCH },
		{ PTC_RQ_LISTEN, ESRCH },
		{ PTC_RQ_CONT, ESRCH },
		{ PTC_RQ_DETACH, ESRCH },
		{ PTC_RQ_KILL, ESRCH },
	};

	PTC_RQ_CHECK(&t, "a thread ID that does not exist", rows);
}

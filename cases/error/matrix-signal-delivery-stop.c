// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "reqmatrix.h"

PTC_CASE(
	.claim = "In a signal-delivery-stop every request with valid arguments succeeds, except "
		 "unknown requests and a bad restart signal (EIO), LISTEN and INTERRUPT of a "
		 "tracee not seized (EIO) and ATTACH or SEIZE of one's own tracee (EPERM)",
	.man = "ERRORS; Signal-delivery-stop",
	.spec = "C016 C019 C113 C124 C130 C148",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	struct ptc_rq_tracee t = { .pid = pid };
	static const struct ptc_rq_want rows[] = {
		PTC_RQ_NEEDS_STOP(PTC_RQ_AT_STOP),
		{ PTC_RQ_INTERRUPT, EIO },
		{ PTC_RQ_ATTACH, EPERM },
		{ PTC_RQ_SEIZE, EPERM },
		{ PTC_RQ_LISTEN, EIO },
		{ PTC_RQ_CONT, PTC_RQ_OK },
	};

	/* ptc_start left it in the signal-delivery-stop of its SIGSTOP. */
	PTC_RQ_CHECK(&t, "a tracee in a signal-delivery-stop", rows);
}

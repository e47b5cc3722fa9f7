// SPDX-License-Identifier: GPL-2.0
/* Fixture beside the hostile ones: the body waits while its tracee computes
 * for a while (CPU time moves): slow progress is not a hang. */
#include "ptc.h"

static int compute(void *arg)
{
	volatile unsigned long x = 0;

	for (unsigned long i = 0; i < 3000000000UL; i++)
		x += i;
	return 0;
}

PTC_CASE(.claim = "victim: a tracee that computes for seconds, then exits", .timeout = "20")
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, compute, NULL);

	ASSERT_EXITED(pid, 0);
}

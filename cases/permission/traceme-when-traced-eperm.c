// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

PTC_CASE(
	.claim = "PTRACE_TRACEME fails with EPERM in a process that already has a tracer, "
		 "whether it asked before with TRACEME or was seized",
	.man = "ERRORS; PTRACE_TRACEME",
	.spec = "C009 C299",
)
{
	pid_t asked = ptc_start(PTC_TRACEME, 0, ptc_traceme_refused, NULL);
	pid_t seized;

	/* ptc_start makes the child a tracee first (TRACEME or SEIZE). */
	ASSERT_OK(PTRACE(PTRACE_CONT, asked, 0, 0));
	ASSERT_EXITED(asked, 0);
	seized = ptc_start(PTC_SEIZE, 0, ptc_traceme_refused, NULL);
	ASSERT_EXITED(seized, 0);
}

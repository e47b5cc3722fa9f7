// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int traceme_again(void *arg)
{
	/* ptc_start made this child a tracee already (TRACEME or SEIZE). */
	EXPECT_ERRNO(PTRACE(PTRACE_TRACEME, 0, 0, 0), EPERM);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_TRACEME fails with EPERM in a process that already has a tracer, "
		 "whether it asked before with TRACEME or was seized",
	.man = "ERRORS; PTRACE_TRACEME",
	.spec = "C009 C299",
)
{
	pid_t asked = ptc_start(PTC_TRACEME, 0, traceme_again, NULL);
	pid_t seized;

	ASSERT_OK(PTRACE(PTRACE_CONT, asked, 0, 0));
	ASSERT_EXITED(asked, 0);
	seized = ptc_start(PTC_SEIZE, 0, traceme_again, NULL);
	ASSERT_EXITED(seized, 0);
}

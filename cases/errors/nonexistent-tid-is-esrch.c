// SPDX-License-Identifier: GPL-2.0
#include <limits.h>

#include "ptc.h"

PTC_CASE(
	.claim = "Every request naming a TID that no task has (above any pid_max) fails with "
		 "ESRCH, ATTACH and SEIZE included",
	.man = "ERRORS",
	.spec = "C018",
)
{
	siginfo_t si;

	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, INT_MAX, 0, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, INT_MAX, 0, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, INT_MAX, 0, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, INT_MAX, 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_INTERRUPT, INT_MAX, 0, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_KILL, INT_MAX, 0, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_DETACH, INT_MAX, 0, 0), ESRCH);
}

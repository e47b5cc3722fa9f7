// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_ATTACH and PTRACE_SEIZE on the caller itself fail with EPERM",
	.man = "ERRORS; PTRACE_ATTACH",
	.spec = "C146",
)
{
	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, getpid(), 0, 0), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, getpid(), 0, 0), EPERM);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_INTERRUPT on a tracee attached with PTRACE_ATTACH fails with EIO",
	.man = "PTRACE_INTERRUPT",
	.spec = "C130 C162",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	EXPECT_ERRNO(PTRACE(PTRACE_INTERRUPT, pid, 0, 0), EIO);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_LISTEN on a tracee attached with PTRACE_ATTACH fails with EIO",
	.man = "PTRACE_LISTEN",
	.spec = "C124 C162",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);

	EXPECT_ERRNO(PTRACE(PTRACE_LISTEN, pid, 0, 0), EIO);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_KILL ignores addr and data: with a signal number in data the tracee "
		 "still dies of SIGKILL",
	.man = "PTRACE_KILL",
	.spec = "C137",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_KILL, pid, 0x1000, SIGTERM));
	ASSERT_KILLED(pid, SIGKILL);
}

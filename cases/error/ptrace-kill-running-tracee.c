// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_KILL on a running tracee (not in any ptrace-stop) returns 0 and kills "
		 "it with SIGKILL",
	.man = "PTRACE_KILL",
	.spec = "C139",
	.man_stale = "The man page says PTRACE_KILL may not work unless the tracee is in a "
		     "signal-delivery-stop; since 5.19 (and stable backports) it sends SIGKILL "
		     "whatever the tracee's state",
	.links = "linux-git:6a2d90ba027a",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	EXPECT_EQ(PTRACE(PTRACE_KILL, pid, 0, 0), 0);
	ASSERT_KILLED(pid, SIGKILL);
}

// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "PTRACE_ATTACH stops a process that is running in user space: its next report "
		 "is the SIGSTOP signal-delivery-stop, and suppressing that SIGSTOP lets it run on",
	.man = "PTRACE_ATTACH; Attaching and detaching",
	.spec = "C142 C143",
	.variants = "wait",
)
{
	pid_t pid = ptc_fork(lc_spin, NULL);

	ptc_wait_state(pid, "R");
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_state(pid, "R");
	LC_EXPECT_NO_REPORT(pid, __WALL);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "SIGKILL never causes a signal-delivery-stop: the next report of a running "
		 "tracee sent SIGKILL is its death",
	.man = "Death under ptrace",
	.spec = "C004 C215",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
}

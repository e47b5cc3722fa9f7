// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "SIGKILL sent to a tracee in group-stop kills it: the next report is its death "
		 "by SIGKILL",
	.man = "Death under ptrace; Group-stop",
	.spec = "C215 C229",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
}

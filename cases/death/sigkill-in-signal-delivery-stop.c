// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "SIGKILL sent to a tracee held in a signal-delivery-stop kills it: the next "
		 "report is its death by SIGKILL, with no restart needed",
	.man = "Death under ptrace",
	.spec = "C215",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);

	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
}

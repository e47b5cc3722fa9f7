// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int spin(void *arg)
{
	for (volatile unsigned long i = 0;; i++)
		;
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_INTERRUPT stops a seized tracee running in user space with "
		 "PTRACE_EVENT_STOP and WSTOPSIG SIGTRAP",
	.man = "PTRACE_INTERRUPT",
	.spec = "C131 C132 C165",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, spin, NULL);

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int ignore_and_raise(void *arg)
{
	signal(SIGUSR1, SIG_IGN);
	raise(SIGUSR1);
	return 0;
}

PTC_CASE(
	.claim = "A signal the tracee ignores (SIG_IGN) still causes a signal-delivery-stop",
	.man = "DESCRIPTION; Signal-delivery-stop",
	.spec = "C004",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ignore_and_raise, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_LISTEN on a seized tracee in a signal-delivery-stop fails with EIO: "
		 "it is accepted only at a PTRACE_EVENT_STOP",
	.man = "PTRACE_LISTEN",
	.spec = "C125",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	EXPECT_ERRNO(PTRACE(PTRACE_LISTEN, pid, 0, 0), EIO);
}

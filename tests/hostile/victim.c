// SPDX-License-Identifier: GPL-2.0
/* Fixture beside the hostile ones: an ordinary case that passes unless
 * something outside it interferes. */
#include "ptc.h"

PTC_CASE(.claim = "victim: a tracee stops, is continued and exits")
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	for (int i = 0; i < 200; i++) {
		ASSERT_OK(kill(pid, SIGUSR1));
		ASSERT_SIGNAL_STOP(pid, SIGUSR1);
		ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	}
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
}

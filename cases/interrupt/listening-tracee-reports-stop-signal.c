// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_INTERRUPT on a tracee listening in group-stop ends the listening: it "
		 "stops with PTRACE_EVENT_STOP and WSTOPSIG the stop signal (SIGTSTP), not "
		 "SIGTRAP, since its process is still stopped",
	.man = "PTRACE_INTERRUPT; PTRACE_LISTEN",
	.spec = "C134 C254",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	ptc_enter_group_stop(pid, true, SIGTSTP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTSTP);
}

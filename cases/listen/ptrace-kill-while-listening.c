// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "PTRACE_KILL is accepted on a listening tracee, which is not in a ptrace-stop: "
		 "it returns 0 and the tracee dies of SIGKILL",
	.man = "Stopped states; PTRACE_LISTEN; PTRACE_KILL",
	.spec = "C127 C139",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	ptc_enter_group_stop(pid, true, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_KILL, pid, 0, 0));
	ASSERT_KILLED(pid, SIGKILL);
}

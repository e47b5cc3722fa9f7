// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_ATTACH to a process already stopped by SIGSTOP moves it straight into a "
		 "traced stop: a WNOHANG wait right after the attach reports it (as a group-stop), "
		 "and the SIGSTOP queued by the attach follows once it is resumed",
	.man = "PTRACE_ATTACH; Attaching and detaching",
	.spec = "C151 C143",
	.variants = "wait",
)
{
	pid_t pid = ptc_fork(ptc_idle, NULL);

	ASSERT_OK(kill(pid, SIGSTOP));
	ptc_wait_state(pid, "T");
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	/* No waiting and no polling: the stop is there when ATTACH returns. */
	ASSERT_REPORT(pid, WNOHANG | __WALL, .kind = PTC_GROUP_STOP, .sig = SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A listening tracee is not in a ptrace-stop: requests that need one "
		 "(PTRACE_GETSIGINFO, PTRACE_PEEKUSER, PTRACE_CONT, PTRACE_LISTEN) fail with "
		 "ESRCH, while PTRACE_INTERRUPT is accepted",
	.man = "Stopped states; PTRACE_LISTEN",
	.spec = "C127 C016",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	siginfo_t si;

	ptc_enter_group_stop(pid, true, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, pid, 0, 0));
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKUSER, pid, 0, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, pid, 0, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_LISTEN, pid, 0, 0), ESRCH);
	EXPECT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
}

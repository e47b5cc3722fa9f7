// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "Once a stopped tracee is killed, requests on it fail with ESRCH: while it dies "
		 "and after it was reaped",
	.man = "Death under ptrace",
	.spec = "C021",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);
	siginfo_t si;

	ASSERT_OK(kill(pid, SIGKILL));
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, pid, 0, 0), ESRCH);
	ASSERT_KILLED(pid, SIGKILL);
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_DETACH, pid, 0, 0), ESRCH);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "Once a stopped tracee is killed with SIGKILL, requests on it fail with ESRCH "
		 "at once, before the tracer has waited for its death",
	.man = "ERRORS; Death under ptrace",
	.spec = "C021",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	siginfo_t si;
	unsigned long msg;

	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	ASSERT_OK(kill(pid, SIGKILL));
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, pid, 0, 0), ESRCH);
	ASSERT_KILLED(pid, SIGKILL);
}

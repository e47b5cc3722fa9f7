// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_SETSIGINFO fails with EINVAL in the group-stop of a tracee not seized, "
		 "where there is no siginfo to replace",
	.man = "PTRACE_SETSIGINFO; Group-stop",
	.spec = "C053",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	EXPECT_ERRNO(PTRACE(PTRACE_SETSIGINFO, pid, 0, &si), EINVAL);
}

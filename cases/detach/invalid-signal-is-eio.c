// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "PTRACE_DETACH with a signal number above the highest signal fails with EIO and "
		 "leaves the tracee traced in its stop",
	.man = "PTRACE_DETACH; ERRORS",
	.spec = "C168",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);
	siginfo_t si;

	/* The kernel's _NSIG is 64 on every arch this suite builds for. */
	EXPECT_ERRNO(PTRACE(PTRACE_DETACH, pid, 0, 65), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_DETACH, pid, 0, 0x10000), EIO);
	EXPECT_EQ(lc_tracer_pid(pid), getpid());
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGSTOP);
}

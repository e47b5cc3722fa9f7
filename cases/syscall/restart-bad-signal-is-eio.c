// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_CONT, PTRACE_SYSCALL, PTRACE_SINGLESTEP and PTRACE_DETACH refuse a "
		 "signal number above _NSIG (64) with EIO and leave the tracee in its stop",
	.man = "PTRACE_CONT; ERRORS",
	.spec = "C113",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_exit_tracee, NULL);
	siginfo_t si;

	EXPECT_ERRNO(PTRACE(PTRACE_CONT, pid, 0, 65), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_SYSCALL, pid, 0, 65), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_SINGLESTEP, pid, 0, 65), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_DETACH, pid, 0, 65), EIO);
	/* Still in its SIGSTOP signal-delivery-stop. */
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int exec_self(void *arg)
{
	/* Never runs past the SIGTRAP stop; were it resumed, the unknown
	 * variant would make the case program exit at once. */
	char *argv[] = { "ptc-exec-target", "--variant", "none", NULL };

	execv("/proc/self/exe", argv);
	return 99;
}

PTC_CASE(
	.claim = "The SIGTRAP a tracee not seized and without PTRACE_O_TRACEEXEC gets after "
		 "execve shows si_code SI_USER, sent by the tracee itself",
	.man = "PTRACE_GETSIGINFO; execve(2) under ptrace",
	.spec = "C059 C006",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, exec_self, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SI_USER);
	EXPECT_EQ(si.si_pid, pid);
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
}

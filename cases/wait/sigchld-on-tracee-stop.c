// SPDX-License-Identifier: GPL-2.0
#include <time.h>

#include "ptc.h"

static int raise_usr1(void *arg)
{
	signal(SIGUSR1, SIG_IGN);
	raise(SIGUSR1);
	return 0;
}

PTC_CASE(
	.claim = "A tracee's ptrace-stop sends its tracer SIGCHLD with si_code CLD_TRAPPED, "
		 "si_pid the tracee and si_status the stop signal; with SIGCHLD blocked in the "
		 "tracer the stop is still reported by wait and the SIGCHLD stays pending",
	.man = "DESCRIPTION; Stopped states",
	.spec = "5.E23",
	.links = "rr tests ptrace_sigchld, ptrace_sigchld_blocked",
	.variants = "wait",
)
{
	struct timespec zero = { 0 };
	siginfo_t si;
	sigset_t chld;
	pid_t pid;

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	ASSERT_OK(sigprocmask(SIG_BLOCK, &chld, NULL));
	pid = ptc_start(PTC_TRACEME, 0, raise_usr1, NULL);
	/* Forget the SIGCHLD of the first stop. */
	while (sigtimedwait(&chld, &si, &zero) > 0)
		;
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	/* The wait returned after the kernel sent the SIGCHLD. */
	ASSERT_EQ(sigtimedwait(&chld, &si, &zero), SIGCHLD);
	EXPECT_EQ(si.si_code, CLD_TRAPPED);
	EXPECT_EQ(si.si_pid, pid);
	EXPECT_EQ(si.si_status, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

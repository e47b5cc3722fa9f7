// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"

static int send_sigtraps(void *arg)
{
	kill(getpid(), SIGTRAP);
	syscall(SYS_tgkill, getpid(), ptc_gettid(), SIGTRAP);
	sigqueue(getpid(), SIGTRAP, (union sigval){ .sival_int = 1 });
	return 0;
}

PTC_CASE(
	.claim = "A SIGTRAP sent from user space (kill, tgkill, sigqueue) reaches the tracer "
		 "with si_code <= 0: SI_USER, SI_TKILL and SI_QUEUE, never a kernel code",
	.man = "PTRACE_GETSIGINFO; Syscall-stops",
	.spec = "C058",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, send_sigtraps, NULL);
	static const int want[] = { SI_USER, SI_TKILL, SI_QUEUE };
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	for (unsigned i = 0; i < 3; i++) {
		ASSERT_SIGNAL_STOP(pid, SIGTRAP);
		ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
		EXPECT_LE(si.si_code, 0);
		EXPECT_EQ(si.si_code, want[i]);
		EXPECT_EQ(si.si_pid, pid);
		/* Suppress it: the default action of SIGTRAP would end the tracee. */
		ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	}
	ASSERT_EXITED(pid, 0);
}

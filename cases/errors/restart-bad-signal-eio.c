// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "Every restarting request (CONT, SYSCALL, SINGLESTEP, DETACH, and SYSEMU and "
		 "SINGLEBLOCK where the arch has them) fails with EIO when data is not a valid "
		 "signal number (above 64), and the tracee stays in its stop",
	.man = "ERRORS; PTRACE_CONT; PTRACE_DETACH",
	.spec = "C113 C168",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	static const long restarts[] = {
		PTRACE_CONT, PTRACE_SYSCALL, PTRACE_SINGLESTEP, PTRACE_DETACH,
#if defined(__x86_64__) || defined(__i386__) || defined(__aarch64__)
		PTRACE_SYSEMU, PTRACE_SYSEMU_SINGLESTEP,
#endif
#if defined(__x86_64__) || defined(__i386__)
		PTRACE_SINGLEBLOCK,	/* 33 is PTRACE_PEEKMTETAGS on arm64 */
#endif
	};
	static const unsigned long bad[] = { 65, 128, 1000, (unsigned long)-1 };
	siginfo_t si;

	for (unsigned i = 0; i < sizeof(restarts) / sizeof(restarts[0]); i++)
		for (unsigned j = 0; j < sizeof(bad) / sizeof(bad[0]); j++)
			EXPECT_ERRNO(PTRACE(restarts[i], pid, 0, bad[j]), EIO);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGSTOP);
	EXPECT_EQ(ptc_proc_state(pid), 't');
}

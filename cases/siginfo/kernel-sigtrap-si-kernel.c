// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A SIGTRAP the kernel sends reaches the tracer with si_code SI_KERNEL: here the "
		 "one a tracer asks for by restarting a syscall-stop with SIGTRAP",
	.man = "PTRACE_GETSIGINFO; Syscall-stops; Signal injection and suppression",
	.spec = "C058 C239",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	/* From the exit-stop: the kernel queues SIGTRAP as a new signal. */
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGTRAP));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SI_KERNEL);
	EXPECT_EQ(si.si_pid, 0);
}

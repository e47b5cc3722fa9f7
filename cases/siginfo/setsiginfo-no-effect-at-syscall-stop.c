// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static int stop_then_check(void *arg)
{
	ptc_count_signal(SIGUSR1, SA_RESTART);
	kill(getpid(), SIGSTOP);
	getppid();
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SETSIGINFO only matters at a signal-delivery-stop: a siginfo naming "
		 "SIGUSR1 written at a syscall-stop, then PTRACE_CONT with 0, delivers nothing",
	.man = "PTRACE_SETSIGINFO",
	.spec = "C051",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, stop_then_check, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = getpid();
	ASSERT_OK(PTRACE(PTRACE_SETSIGINFO, pid, 0, &si));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

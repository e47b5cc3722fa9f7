// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_SETSIGINFO also succeeds at a syscall-stop, and a GETSIGINFO at the "
		 "same stop returns what it wrote",
	.man = "PTRACE_SETSIGINFO",
	.spec = "C051",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);
	siginfo_t si, back;

	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_errno = 42;
	si.si_code = SI_QUEUE;
	si.si_pid = 555;
	si.si_uid = 666;
	si.si_value.sival_int = 777;
	ASSERT_OK(PTRACE(PTRACE_SETSIGINFO, pid, 0, &si));
	memset(&back, 0, sizeof(back));
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &back));
	EXPECT_EQ(back.si_signo, SIGUSR1);
	EXPECT_EQ(back.si_errno, 42);
	EXPECT_EQ(back.si_code, SI_QUEUE);
	EXPECT_EQ(back.si_pid, 555);
	EXPECT_EQ(back.si_uid, 666);
	EXPECT_EQ(back.si_value.sival_int, 777);
}

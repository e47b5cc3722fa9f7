// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "A signal number passed when restarting from a syscall-stop is not ignored: "
		 "the kernel sends it as a new signal from itself, reported next as a "
		 "signal-delivery-stop whose siginfo has si_code SI_KERNEL",
	.man = "Signal injection and suppression",
	.spec = "C239",
	.variants = "wait",
)
{
	pid_t pid;
	siginfo_t si;

	ptc_count_signal(SIGUSR1, 0);	/* inherited by the tracee */
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, SI_KERNEL);
	EXPECT_EQ(si.si_pid, 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "No signal-delivery-stop comes between a syscall-enter-stop and its "
		 "syscall-exit-stop: a signal sent at the enter-stop is reported after the "
		 "exit-stop of the same syscall",
	.man = "Syscall-stops; Signal-delivery-stop",
	.spec = "C266",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(kill(pid, SIGUSR1));
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_proc_syscall(pid), SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

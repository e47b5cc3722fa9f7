// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "A signal that arrives while the tracee sits in a syscall-enter-stop gives no "
		 "signal-delivery-stop before the syscall-exit-stop: the order is exit-stop, then "
		 "the signal",
	.man = "Syscall-stops",
	.spec = "C266",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(kill(pid, SIGUSR1));
	/* Queued while the tracee is stopped: it is pending before the restart. */
	ASSERT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

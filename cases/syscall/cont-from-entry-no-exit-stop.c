// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int getppid_then_raise(void *arg)
{
	syscall(SYS_getppid);
	raise(SIGUSR1);
	return 0;
}

PTC_CASE(
	.claim = "Restarting a syscall-enter-stop with PTRACE_CONT gives no syscall-exit-stop: "
		 "the next stop is the signal the tracee raises after the syscall",
	.man = "Syscall-stops",
	.spec = "C265",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, getppid_then_raise, NULL);

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

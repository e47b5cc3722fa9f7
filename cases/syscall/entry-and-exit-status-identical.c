// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "A syscall-enter-stop and the syscall-exit-stop after it report the very same "
		 "wait status: the tracer must track which one it is from the sequence of stops",
	.man = "Syscall-stops",
	.spec = "C270",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_stop entry, exit;

	entry = ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	exit = ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(entry.status, exit.status);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

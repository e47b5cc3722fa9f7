// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int block_in_read(void *arg)
{
	char c;

	syscall(SYS_read, fds[0], &c, 1);
	return 0;
}

PTC_CASE(
	.claim = "A signal that interrupts a syscall blocked after its syscall-enter-stop "
		 "first makes a syscall-exit-stop for that syscall, then the signal-delivery-stop",
	.man = "Syscall-stops",
	.spec = "C265 C266",
	.variants = "wait",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, block_in_read, NULL);
	ptc_syscall_to_entry(pid, SYS_read);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_read);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
}

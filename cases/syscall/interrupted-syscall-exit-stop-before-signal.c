// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "A signal that interrupts a syscall blocked after its syscall-enter-stop "
		 "first makes a syscall-exit-stop for that syscall, then the signal-delivery-stop",
	.man = "Syscall-stops",
	.spec = "C265 C266",
	.variants = "wait",
)
{
	struct ptc_gate in;
	pid_t pid;

	ptc_gate_init(&in);
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_read_once, &in);
	ptc_syscall_to_entry(pid, SYS_read);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_read);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
}

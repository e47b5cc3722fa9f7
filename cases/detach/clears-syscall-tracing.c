// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"

PTC_CASE(
	.claim = "PTRACE_DETACH from a syscall-stop clears syscall tracing: attached again with "
		 "PTRACE_ATTACH and resumed with PTRACE_CONT, the tracee reports its SIGSTOP and "
		 "then its exit, never a syscall-stop",
	.man = "PTRACE_DETACH; Syscall-stops",
	.spec = "C166 5.F28",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_start(PTC_TRACEME, 0, ptc_wait_gate, &gate);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}

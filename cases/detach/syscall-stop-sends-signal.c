// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

PTC_CASE(
	.claim = "PTRACE_DETACH from a syscall-stop with a signal in data is not ignored on "
		 "Linux: the kernel sends that signal to the tracee it lets go, which dies of it",
	.man = "PTRACE_DETACH; Signal injection and suppression",
	.spec = "C169 C239",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_wait_gate, &gate);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, SIGUSR2));
	ASSERT_KILLED(pid, SIGUSR2);
}

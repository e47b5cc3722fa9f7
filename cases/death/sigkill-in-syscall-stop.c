// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "SIGKILL sent to a tracee held in a syscall-enter-stop kills it without a "
		 "syscall-exit-stop: the next report is its death by SIGKILL",
	.man = "Death under ptrace; Syscall-stops",
	.spec = "C215 C216 5.F31",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
}

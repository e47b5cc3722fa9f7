// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"

PTC_CASE(
	.claim = "SIGKILL kills a tracee blocked inside a syscall under PTRACE_SYSCALL without a "
		 "syscall-exit-stop",
	.man = "Death under ptrace; Syscall-stops",
	.spec = "C216",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate in;
	pid_t pid;

	ptc_gate_init(&in);
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACESYSGOOD, ptc_read_once, &in);
	/* Stop it inside read(), then let the restarted read() block again
	 * under PTRACE_SYSCALL. */
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"

static int block_in_read(void *arg)
{
	int *fds = arg;
	char c;

	return (int)read(fds[0], &c, 1);
}

PTC_CASE(
	.claim = "SIGKILL kills a tracee blocked inside a syscall under PTRACE_SYSCALL without a "
		 "syscall-exit-stop",
	.man = "Death under ptrace; Syscall-stops",
	.spec = "C216",
	.since = "3.4",
	.variants = "wait",
)
{
	int fds[2];
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACESYSGOOD, block_in_read, fds);
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

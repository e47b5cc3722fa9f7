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
	.claim = "A tracee resumed with PTRACE_SYSCALL from its syscall-enter-stop and now blocked "
		 "inside that syscall counts as running: requests needing a stop fail with ESRCH",
	.man = "Stopped states; ERRORS",
	.spec = "C016 C020",
)
{
	int fds[2];
	pid_t pid;
	siginfo_t si;
	unsigned long msg;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, block_in_read, fds);
	/* Syscall-stops until the one entering read(). */
	do {
		ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
		ASSERT_SYSCALL_STOP(pid);
	} while (ptc_proc_syscall(pid) != SYS_read);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_SYSCALL, pid, 0, 0), ESRCH);
	/* Let read() return: the syscall-exit-stop follows. */
	ASSERT_EQ(write(fds[1], "x", 1), 1);
	ASSERT_SYSCALL_STOP(pid);
}

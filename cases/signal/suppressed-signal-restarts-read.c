// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "stopstate.h"

static int fds[2];

static int read_pipe(void *arg)
{
	char c = 0;
	long n = syscall(SYS_read, fds[0], &c, 1);

	/* A delivered SIGUSR1 (no SA_RESTART) would have made this EINTR. */
	EXPECT_EQ(n, 1);
	EXPECT_EQ(c, 'x');
	return 0;
}

PTC_CASE(
	.claim = "A suppressed signal still interrupts the blocking read it arrived in, and the "
		 "read is restarted: resumed with PTRACE_SYSCALL, the tracee's next stop is a "
		 "syscall-enter-stop of the same read, which then completes normally",
	.man = "Signal injection and suppression",
	.spec = "C236",
	.variants = "wait",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	ptc_count_signal(SIGUSR1, 0);	/* inherited; never run */
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, read_pipe, NULL);
	ptc_syscall_to_enter(pid, SYS_read, fds[0]);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_proc_syscall(pid), SYS_read);
	EXPECT_EQ(ptc_proc_syscall_arg(pid, 0), fds[0]);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EQ(write(fds[1], "x", 1), 1);
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
}

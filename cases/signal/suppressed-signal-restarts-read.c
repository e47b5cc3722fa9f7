// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "stopstate.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "A suppressed signal still interrupts the blocking read it arrived in, and the "
		 "read is restarted: resumed with PTRACE_SYSCALL, the tracee's next stop is a "
		 "syscall-enter-stop of the same read, which then completes normally",
	.man = "Signal injection and suppression",
	.spec = "C236",
	.variants = "wait",
)
{
	int fds[2];
	pid_t pid;

	ASSERT_OK(pipe(fds));
	/* Delivered, SIGUSR1 (no SA_RESTART) would end the read with EINTR.
	 * Inherited; never run. */
	ptc_count_signal(SIGUSR1, 0);
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_read_byte, fds);
	ptc_syscall_to_entry_on(pid, SYS_read, fds[0]);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked_on(pid, SYS_read, fds[0]);
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

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"
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
	struct ptc_gate in;
	pid_t pid;

	ptc_gate_init(&in);
	/* Delivered, SIGUSR1 (no SA_RESTART) would end the read with EINTR.
	 * Inherited; never run. */
	ptc_count_signal(SIGUSR1, 0);
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_read_once, &in);
	ptc_syscall_to_entry_on(pid, SYS_read, in.rd);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked_on(pid, SYS_read, in.rd);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_proc_syscall(pid), SYS_read);
	EXPECT_EQ(ptc_proc_syscall_arg(pid, 0), in.rd);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EQ(write(in.wr, "x", 1), 1);
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_INTERRUPT on a seized tracee blocked in read under PTRACE_SYSCALL "
		 "ends the read with a syscall-exit-stop; resumed with PTRACE_SYSCALL the tracee "
		 "enters the same read again and it completes normally",
	.man = "PTRACE_INTERRUPT",
	.spec = "C133 C131",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate in;
	pid_t pid;

	ptc_gate_init(&in);
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACESYSGOOD, ptc_read_once, &in);
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ptc_syscall_to_entry_on(pid, SYS_read, in.rd);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);	/* the exit-stop of the interrupted read */
	EXPECT_EQ(ptc_proc_syscall(pid), SYS_read);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);	/* the read restarted */
	EXPECT_EQ(ptc_proc_syscall(pid), SYS_read);
	EXPECT_EQ(ptc_proc_syscall_arg(pid, 0), in.rd);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EQ(write(in.wr, "x", 1), 1);
	ASSERT_EXITED(pid, 0);
}

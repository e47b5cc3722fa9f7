// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"

PTC_CASE(
	.claim = "PTRACE_SEIZE leaves a process blocked in read() undisturbed: no signal is "
		 "queued, it stays in the syscall, and after a PTRACE_INTERRUPT stop and "
		 "PTRACE_CONT its read() returns the data with no EINTR",
	.man = "PTRACE_SEIZE; PTRACE_INTERRUPT; Attaching and detaching",
	.spec = "C155 C165",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_fork(ptc_read_once, &gate);
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	EXPECT_EQ(ptc_proc_sigmask(pid, "SigPnd") | ptc_proc_sigmask(pid, "ShdPnd"), 0);
	EXPECT_EQ(ptc_proc_syscall(pid), SYS_read);
	EXPECT_NO_REPORT(pid, __WALL);
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}

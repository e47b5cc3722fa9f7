// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"
#include "syscalls.h"

static int call_getppid(void *arg)
{
	ptc_gate_wait(arg);
	syscall(SYS_getppid);
	return 0;
}

PTC_CASE(
	.claim = "Another ptrace-stop happening after PTRACE_INTERRUPT takes its place: an "
		 "INTERRUPT issued at a syscall-enter-stop is used up by the syscall-exit-stop "
		 "that follows, and no PTRACE_EVENT_STOP comes after it",
	.man = "PTRACE_INTERRUPT",
	.spec = "C135 C131",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate go;
	pid_t pid;

	ptc_gate_init(&go);
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACESYSGOOD, call_getppid, &go);
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ptc_gate_open(&go);
	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_proc_syscall(pid), SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

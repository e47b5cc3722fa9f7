// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"
#include "exec.h"

static int signal_then_exec(void *arg)
{
	syscall(SYS_tgkill, getpid(), ptc_gettid(), SIGUSR1);
	ptc_exec_self("exit", 5);
	return 1;
}

PTC_CASE(
	.claim = "PTRACE_EVENT_EXEC comes inside the execve call: under PTRACE_SYSCALL the order is "
		 "the execve syscall-enter-stop, the exec event, then the execve syscall-exit-stop",
	.man = "PTRACE_EVENT stops; execve(2) under ptrace",
	.spec = "C259 C092",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEEXEC | PTRACE_O_TRACESYSGOOD,
			      signal_then_exec, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	/* Between the signal and the exec, libc may still make calls. */
	ptc_syscall_to_entry(pid, SYS_execve);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_proc_syscall(pid), SYS_execve);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 5);
}

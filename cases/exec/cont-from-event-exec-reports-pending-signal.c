// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"
#include "exec.h"

PTC_CASE(
	.claim = "A tracee that entered execve under PTRACE_SYSCALL and is resumed with PTRACE_CONT "
		 "from its PTRACE_EVENT_EXEC stop, with a SIGINT sent during that stop, next reports "
		 "the SIGINT signal-delivery-stop, not execve's syscall-exit-stop: PTRACE_CONT ends "
		 "syscall tracing there too",
	.man = "PTRACE_EVENT stops; Syscall-stops; execve(2) under ptrace",
	.spec = "C259 C265",
	.variants = "wait",
	.links = "ptrace-tests: sigint-before-syscall-exit.c",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEEXEC | PTRACE_O_TRACESYSGOOD,
			      ptc_exec_tracee, (void *)5);

	ptc_syscall_to_entry(pid, SYS_execve);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	ASSERT_OK(kill(pid, SIGINT));
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGINT));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGINT);
	/* Suppressed, the new program runs to its end with no syscall-stop on the way. */
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 5);
}

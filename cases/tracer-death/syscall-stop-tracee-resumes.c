// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"

/* Attach, then stop the tracee at the entry of its restarted read(). */
static int syscall_stop_and_exit(pid_t pid)
{
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD));
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	return 0;
}

PTC_CASE(
	.claim = "When the tracer exits, a tracee it held in a syscall-stop is detached and "
		 "resumed with syscall tracing off: its read() runs and blocks, then completes",
	.man = "Attaching and detaching",
	.spec = "C173",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ptc_run_tracer(syscall_stop_and_exit, pid);
	EXPECT_EQ(ptc_proc_tracer(pid), 0);
	ptc_wait_blocked(pid, SYS_read);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}

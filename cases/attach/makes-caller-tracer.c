// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"

PTC_CASE(
	.claim = "PTRACE_ATTACH makes the caller the tracer of the thread: /proc shows the "
		 "caller as TracerPid and the caller's wait reports the thread's stop",
	.man = "PTRACE_ATTACH",
	.spec = "C142 C224",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_fork(ptc_wait_gate, &gate);
	ptc_wait_blocked(pid, SYS_read);
	EXPECT_EQ(ptc_proc_tracer(pid), 0);
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	EXPECT_EQ(ptc_proc_tracer(pid), getpid());
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"

static int seize_and_exit(pid_t pid)
{
	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	return 0;
}

PTC_CASE(
	.claim = "When the tracer exits, a tracee that was running (here blocked in read) is "
		 "detached: TracerPid drops to 0 and it carries on with its read() undisturbed",
	.man = "Attaching and detaching",
	.spec = "C173",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_fork_blocked(ptc_read_once, &gate);

	ptc_run_tracer(seize_and_exit, pid);
	EXPECT_EQ(ptc_proc_tracer(pid), 0);
	EXPECT_EQ(ptc_proc_syscall(pid), SYS_read);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}

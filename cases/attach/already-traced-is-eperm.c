// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

static int try_to_attach(void *arg)
{
	pid_t tracee = *(pid_t *)arg;

	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, tracee, 0, 0), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, tracee, 0, 0), EPERM);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_ATTACH and PTRACE_SEIZE on a thread another process already traces fail "
		 "with EPERM and leave the first tracer in place",
	.man = "ERRORS; PTRACE_ATTACH",
	.spec = "C148 C299",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);
	pid_t other = ptc_fork(try_to_attach, &pid);

	ASSERT_EXITED(other, 0);
	EXPECT_EQ(lc_tracer_pid(pid), getpid());
	EXPECT_EQ(ptc_proc_state(pid), 't');
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int exit_three(void *arg)
{
	_exit(3);
}

PTC_CASE(
	.claim = "PTRACE_KILL on a tracee parked in PTRACE_EVENT_EXIT after a group exit began "
		 "returns 0 but does nothing: the tracee stays in its stop and later exits with "
		 "its own code",
	.man = "PTRACE_KILL; PTRACE_O_TRACEEXIT",
	.spec = "C141",
	.since = "6.1",
	.links = "linux-git:e572410e47a4 https://github.com/rr-debugger/rr/issues/3385",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEEXIT, exit_three, NULL);
	unsigned long msg = 0;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_EQ(PTRACE(PTRACE_KILL, pid, 0, 0), 0);
	/* Still in the ptrace-stop: SIGKILL would have woken it at once. */
	EXPECT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg));
	EXPECT_EQ(msg, 3 << 8);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 3);
}

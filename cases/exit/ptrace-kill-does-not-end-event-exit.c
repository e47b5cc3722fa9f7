// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "Once a group exit has begun, PTRACE_KILL on a tracee parked in PTRACE_EVENT_EXIT "
		 "returns 0 but does nothing: the tracee stays stopped and answers requests, and only "
		 "PTRACE_CONT lets it finish its exit with its own status",
	.man = "PTRACE_KILL; Death under ptrace",
	.spec = "C141 C139",
	.since = "6.1",
	.variants = "wait",
	.man_stale = "ptrace(2) describes PTRACE_KILL as killing the tracee (unreliably outside "
		     "signal-delivery-stop); it now sends SIGKILL in every state, and that SIGKILL is "
		     "dropped for a tracee whose group exit has begun",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_exit_tracee, (void *)3);
	int status;

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_KILL, pid, 0, 0));
	EXPECT_EQ(ptc_eventmsg(pid), 0x300);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	EXPECT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 3);
}

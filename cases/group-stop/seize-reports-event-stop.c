// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A seized tracee reports a group-stop as PTRACE_EVENT_STOP: status>>16 is "
		 "PTRACE_EVENT_STOP and WSTOPSIG is the stopping signal",
	.man = "Group-stop; PTRACE_SEIZE",
	.spec = "C159 C248",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	struct ptc_stop st;

	ASSERT_OK(kill(pid, SIGTSTP));
	ASSERT_SIGNAL_STOP(pid, SIGTSTP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGTSTP));
	st = ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTSTP);
	EXPECT_EQ(st.status >> 16, PTRACE_EVENT_STOP);
	EXPECT_EQ(WSTOPSIG(st.status), SIGTSTP);
}

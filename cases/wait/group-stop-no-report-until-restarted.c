// SPDX-License-Identifier: GPL-2.0
#include "lifecycle.h"

PTC_CASE(
	.claim = "A tracee whose group-stop the tracer has seen neither runs nor reports again "
		 "until restarted, however often the tracer waits and whatever signal arrives; "
		 "SIGKILL is the exception and reports its death",
	.man = "Group-stop; Stopped states",
	.spec = "C229",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	LC_EXPECT_NO_REPORT(pid, __WALL);
	ASSERT_OK(kill(pid, SIGUSR1));
	EXPECT_TRUE(lc_process_pending(pid, SIGUSR1));
	LC_EXPECT_NO_REPORT(pid, __WALL);
	LC_EXPECT_NO_REPORT(pid, __WALL);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
}

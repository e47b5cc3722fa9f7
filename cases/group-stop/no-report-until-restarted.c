// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "Once the tracer has seen a group-stop, the tracee neither runs nor reports "
		 "again until restarted, however often the tracer waits: a SIGUSR1 sent then "
		 "stays pending and is reported only after PTRACE_CONT",
	.man = "Group-stop",
	.spec = "C229",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);
	int status;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_enter_group_stop(pid, false, SIGSTOP);
	EXPECT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	ASSERT_OK(kill(pid, SIGUSR1));
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
	EXPECT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
}

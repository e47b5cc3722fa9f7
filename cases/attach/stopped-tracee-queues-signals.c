// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A tracee in a ptrace-stop takes no signal, not even SIGSTOP: a SIGSTOP sent "
		 "then stays pending with no group-stop and no report, and is reported as its own "
		 "signal-delivery-stop once the tracee is restarted",
	.man = "Attaching and detaching",
	.spec = "C172",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);

	ASSERT_OK(kill(pid, SIGSTOP));
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGSTOP));
	EXPECT_EQ(ptc_proc_state(pid), 't');
	EXPECT_NO_REPORT(pid, __WALL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
}

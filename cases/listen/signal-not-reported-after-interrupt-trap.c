// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A tracee listening after a PTRACE_INTERRUPT trap, though not group-stopped, "
		 "does not react to a new signal either: SIGUSR1 stays pending with nothing "
		 "reported; SIGCONT then wakes it (PTRACE_EVENT_STOP, SIGTRAP) and SIGUSR1 is "
		 "reported once it is restarted",
	.man = "Stopped states; PTRACE_LISTEN",
	.spec = "C126 C129 C128",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	int status;

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGUSR1));
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
	EXPECT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	ASSERT_OK(kill(pid, SIGCONT));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
}

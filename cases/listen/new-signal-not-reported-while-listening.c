// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A tracee listening in group-stop does not react to a new signal: SIGUSR1 "
		 "sent then stays pending and nothing is reported; the next report is the "
		 "PTRACE_EVENT_STOP of a PTRACE_INTERRUPT, and SIGUSR1 only after PTRACE_CONT",
	.man = "Stopped states; PTRACE_LISTEN",
	.spec = "C129 C134",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	int status;

	ptc_enter_group_stop(pid, true, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGUSR1));
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
	EXPECT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_SEIZE of a process stopped by SIGSTOP moves it straight into a traced "
		 "stop reported at once (WNOHANG) as PTRACE_EVENT_STOP with WSTOPSIG SIGSTOP, and "
		 "queues no SIGSTOP of its own",
	.man = "PTRACE_SEIZE; Group-stop",
	.spec = "C151 C155 C159",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_fork(ptc_idle, NULL);

	ASSERT_OK(kill(pid, SIGSTOP));
	ptc_wait_state(pid, "T");
	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	ASSERT_REPORT(pid, WNOHANG | __WALL, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_STOP,
			 .sig = SIGSTOP);
	EXPECT_EQ(ptc_proc_sigmask(pid, "SigPnd") | ptc_proc_sigmask(pid, "ShdPnd"), 0);
}

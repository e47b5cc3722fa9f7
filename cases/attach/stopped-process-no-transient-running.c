// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_ATTACH to a process that stopped itself with raise(SIGSTOP) moves it "
		 "straight into a traced stop: a WNOHANG wait right after the attach reports it "
		 "(as a group-stop), a second WNOHANG wait reports nothing, and the SIGSTOP "
		 "queued by the attach follows once it is resumed",
	.man = "PTRACE_ATTACH; Attaching and detaching",
	.spec = "C151 C143",
	.variants = "wait",
	.links = "ptrace-tests: attach-wait-on-stopped",
)
{
	pid_t pid = ptc_fork(ptc_raise_tracee, (void *)SIGSTOP);

	ptc_wait_state(pid, "T");
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	/* No waiting and no polling: the stop is there when ATTACH returns. */
	ASSERT_REPORT(pid, WNOHANG | __WALL, .kind = PTC_GROUP_STOP, .sig = SIGSTOP);
	/* Reported once: it sits in that stop until restarted. */
	EXPECT_NO_REPORT(pid, __WALL | WUNTRACED);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

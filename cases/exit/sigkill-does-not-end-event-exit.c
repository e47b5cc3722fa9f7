// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "Once a group exit has begun, a SIGKILL sent to a tracee parked in "
		 "PTRACE_EVENT_EXIT is dropped: kill() succeeds, the tracee stays stopped with no "
		 "signal pending and answers requests, and only PTRACE_CONT lets it finish its exit "
		 "(as an exit with its own status, not a SIGKILL death)",
	.man = "Death under ptrace; PTRACE_KILL; PTRACE_O_TRACEEXIT",
	.spec = "C221 C260",
	.since = "6.1",
	.variants = "wait",
	.man_stale = "ptrace(2) says a SIGKILL sent with kill() always kills a tracee, in any "
		     "ptrace-stop; the kernel drops signals to a process whose group exit has begun, "
		     "so a tracee in PTRACE_EVENT_EXIT stays there until resumed",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_exit_tracee, (void *)3);
	int status;

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(kill(pid, SIGKILL));
	/* kill() returned after the signal was dealt with: had it been
	 * taken, the stop would be over and SIGKILL pending by now. */
	EXPECT_EQ(ptc_eventmsg(pid), 0x300);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	EXPECT_EQ(ptc_proc_sigmask(pid, "SigPnd") | ptc_proc_sigmask(pid, "ShdPnd"), 0);
	EXPECT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 3);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A group-stopped tracee that the tracer waited for without restarting stays "
		 "stopped through SIGCONT: the SIGCONT is processed (it discards a pending "
		 "SIGSTOP) but not reported and does not resume the tracee; only PTRACE_CONT "
		 "brings its signal-delivery-stop",
	.man = "Group-stop",
	.spec = "C250 C229",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);
	int status;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_enter_group_stop(pid, false, SIGSTOP);
	ASSERT_OK(kill(pid, SIGSTOP));
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGSTOP));
	ASSERT_OK(kill(pid, SIGCONT));
	/* SIGCONT's side effect has happened: the queued SIGSTOP is gone. */
	EXPECT_FALSE(ptc_proc_has_signal(pid, "ShdPnd", SIGSTOP));
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGCONT));
	EXPECT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGCONT);
}

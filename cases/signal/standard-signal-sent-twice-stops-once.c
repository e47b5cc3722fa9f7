// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A standard signal sent twice while blocked is pending once: after unblocking "
		 "there is one signal-delivery-stop for it, and the next report is the exit",
	.man = "Signal-delivery-stop",
	.spec = "C230 C231",
	.variants = "wait",
)
{
	struct ptc_blocker b;
	pid_t pid;

	ptc_blocker_init(&b, SIGUSR1);
	pid = ptc_start(PTC_SEIZE, 0, ptc_block_until_go, &b);
	ptc_gate_wait(&b.ready);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_OK(kill(pid, SIGUSR1));
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
	ptc_gate_open(&b.go);
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

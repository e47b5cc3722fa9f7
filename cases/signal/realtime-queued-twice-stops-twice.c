// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "A real-time signal queued twice while blocked gives two signal-delivery-stops "
		 "once unblocked, one per queued instance, in queue order",
	.man = "Signal-delivery-stop",
	.spec = "C230 C231",
	.variants = "wait",
)
{
	int sig = SIGRTMIN + 1;
	struct ptc_blocker b;
	siginfo_t si;
	pid_t pid;

	ptc_blocker_init(&b, sig);
	pid = ptc_start(PTC_SEIZE, 0, ptc_block_until_go, &b);
	ptc_gate_wait(&b.ready);
	for (int i = 1; i <= 2; i++)
		ASSERT_OK(ptc_sigqueue(pid, sig, i));
	ptc_gate_open(&b.go);
	for (int i = 1; i <= 2; i++) {
		ASSERT_SIGNAL_STOP(pid, sig);
		ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
		EXPECT_EQ(si.si_value.sival_int, i);
		ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	}
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static struct ptc_gate ready;

static int block_everything(void *arg)
{
	sigset_t all;

	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, NULL);
	ptc_gate_open(&ready);
	return ptc_idle(NULL);
}

PTC_CASE(
	.claim = "SIGSTOP cannot be blocked: a tracee that blocked every signal it could still "
		 "enters signal-delivery-stop for SIGSTOP, while SIGUSR1 sent before it stays "
		 "pending without a stop",
	.man = "Signal-delivery-stop",
	.spec = "C231",
	.variants = "wait",
)
{
	pid_t pid;

	ptc_gate_init(&ready);
	pid = ptc_start(PTC_SEIZE, 0, block_everything, NULL);
	ptc_gate_wait(&ready);
	EXPECT_TRUE(ptc_proc_has_signal(pid, "SigBlk", SIGUSR1));
	EXPECT_FALSE(ptc_proc_has_signal(pid, "SigBlk", SIGSTOP));
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static struct ptc_gate ready, go;
static int *unblocked;

static int block_usr1(void *arg)
{
	sigset_t usr1;

	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	ptc_gate_open(&ready);
	ptc_gate_wait(&go);
	/* A marker the tracer sees while SIGUSR1 is still blocked. */
	raise(SIGUSR2);
	*unblocked = 1;
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
	return 0;
}

PTC_CASE(
	.claim = "A blocked signal causes no signal-delivery-stop: it stays pending (ShdPnd) "
		 "while the tracee runs and stops for other signals, and is reported only when "
		 "the tracee unblocks it",
	.man = "Signal-delivery-stop",
	.spec = "C231",
	.variants = "wait",
)
{
	pid_t pid;

	unblocked = ptc_shared(sizeof(*unblocked));
	ptc_gate_init(&ready);
	ptc_gate_init(&go);
	pid = ptc_start(PTC_SEIZE, 0, block_usr1, NULL);
	ptc_gate_wait(&ready);
	ASSERT_OK(kill(pid, SIGUSR1));
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
	ptc_gate_open(&go);
	/* The next report is the marker, not the pending SIGUSR1. */
	ASSERT_SIGNAL_STOP(pid, SIGUSR2);
	EXPECT_EQ(*unblocked, 0);
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	EXPECT_EQ(*unblocked, 1);
	EXPECT_FALSE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

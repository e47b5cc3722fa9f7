// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static int wait_for_tstp(void *arg)
{
	sigset_t tstp, none;

	sigemptyset(&tstp);
	sigaddset(&tstp, SIGTSTP);
	sigemptyset(&none);
	sigprocmask(SIG_BLOCK, &tstp, NULL);
	ptc_gate_open(arg);
	while (!ptc_signal_count(SIGTSTP))
		sigsuspend(&none);
	return 0;
}

PTC_CASE(
	.claim = "A stopping signal the tracee handles is not a group-stop: SIGTSTP with a "
		 "handler, injected at its signal-delivery-stop, runs the handler and the tracee "
		 "goes on to exit with no group-stop reported",
	.man = "Group-stop",
	.spec = "C247",
	.variants = "wait",
)
{
	struct ptc_gate ready;
	pid_t pid;

	ptc_gate_init(&ready);
	ptc_count_signal(SIGTSTP, 0);	/* inherited by the tracee */
	pid = ptc_start(PTC_SEIZE, 0, wait_for_tstp, &ready);
	ptc_gate_wait(&ready);
	ASSERT_OK(kill(pid, SIGTSTP));
	ASSERT_SIGNAL_STOP(pid, SIGTSTP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGTSTP));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_signal_count(SIGTSTP), 1);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"

static struct ptc_gate done;

static int resethand_then_wait(void *arg)
{
	struct sigaction old;

	ptc_no_coredump();
	ptc_count_signal(SIGUSR1, SA_RESETHAND);
	ptc_gate_wait(&done);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 1);
	/* The handler ran once and the disposition was reset. */
	EXPECT_OK(sigaction(SIGUSR1, NULL, &old));
	EXPECT_TRUE(old.sa_handler == SIG_DFL);
	return 42;
}

PTC_CASE(
	.claim = "A signal the tracer injects is delivered with the tracee's sigaction flags: "
		 "SIGUSR1 injected in place of the attach SIGSTOP runs its SA_RESETHAND handler "
		 "once and leaves the disposition reset to SIG_DFL",
	.man = "Signal injection and suppression",
	.spec = "5.F29 C233",
	.links = "ptrace-tests sa-resethand-on-cont-signal.c; https://bugzilla.redhat.com/284311",
)
{
	pid_t pid;

	ptc_gate_init(&done);
	pid = ptc_fork(resethand_then_wait, NULL);
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
	ptc_gate_open(&done);
	ASSERT_EXITED(pid, 42);
}

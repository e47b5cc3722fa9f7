// SPDX-License-Identifier: GPL-2.0
#include <poll.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"

static int fds[2];

static int poll_pipe(void *arg)
{
	struct pollfd p = { .fd = fds[0], .events = POLLIN };

	/* ppoll is never restarted after a handler ran: EINTR would show here. */
	EXPECT_EQ(syscall(SYS_ppoll, &p, 1, NULL, NULL, 0), 1);
	return 0;
}

PTC_CASE(
	.claim = "A signal suppressed by the tracer restarts even a syscall that a handled "
		 "signal never restarts (ppoll): the tracee goes back to waiting in ppoll and "
		 "later returns its ready descriptor, not EINTR",
	.man = "Signal injection and suppression",
	.spec = "C237",
	.variants = "wait",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	ptc_count_signal(SIGUSR1, SA_RESTART);	/* inherited; never run */
	pid = ptc_start(PTC_SEIZE, 0, poll_pipe, NULL);
	ptc_wait_blocked(pid, SYS_ppoll);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EQ(write(fds[1], "x", 1), 1);
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"

/* tgkill itself: libc's raise() refuses the signals it keeps for itself. */
static int send(int sig)
{
	return (int)syscall(SYS_tgkill, getpid(), ptc_gettid(), sig);
}

static int send_every_signal(void *arg)
{
	EXPECT_EQ(send(0), 0);
	for (int sig = 1; sig <= SIGRTMAX; sig++)
		if (sig != SIGKILL)
			EXPECT_EQ(send(sig), 0);
	send(SIGKILL);
	return 1;
}

PTC_CASE(
	.claim = "A PTRACE_TRACEME tracee that sends itself every signal number in turn: signal 0 "
		 "gives no stop, each of 1 to SIGRTMAX but SIGKILL (stopping, ignored-by-default, "
		 "fatal and real-time signals, libc's own included) gives a signal-delivery-stop "
		 "with that number and the sender's siginfo, and suppressing it lets the tracee go "
		 "on; SIGKILL, sent last, kills it with no stop",
	.man = "Signal-delivery-stop; Signal injection and suppression",
	.spec = "C004 C232 C233",
	.variants = "wait",
	.links = "LTP ptrace02",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, send_every_signal, NULL);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* The first report is SIGHUP's: signal 0 made none. */
	for (int sig = 1; sig <= SIGRTMAX; sig++) {
		if (sig == SIGKILL)
			continue;
		ASSERT_SIGNAL_STOP(pid, sig);
		ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
		EXPECT_EQ(si.si_signo, sig);
		EXPECT_EQ(si.si_code, SI_TKILL);
		EXPECT_EQ(si.si_pid, pid);
		ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	}
	ASSERT_KILLED(pid, SIGKILL);
}

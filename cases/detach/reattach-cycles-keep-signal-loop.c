// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"

#define CYCLES 4
#define LOST_SIGNAL_EXIT 3

static struct ptc_gate ready;

/* Count the delivery (shared with the tracer), then send the signal again. */
static void again(int sig, siginfo_t *si, void *ctx)
{
	ptc_count_handler(sig, si, ctx);
	syscall(SYS_tgkill, getpid(), ptc_gettid(), sig);
}

/* A process that keeps SIGUSR1 going from its handler: the signal is
 * blocked while the handler runs, so each one is delivered on the way out
 * of the previous handler. Only a SIGUSR1 that is lost ends the loop. */
static int signal_loop(void *unused)
{
	struct sigaction sa = { .sa_sigaction = again, .sa_flags = SA_SIGINFO };

	(void)unused;
	sigemptyset(&sa.sa_mask);
	ASSERT_OK(sigaction(SIGUSR1, &sa, NULL));
	signal(SIGPIPE, SIG_DFL);
	ptc_gate_open(&ready);
	syscall(SYS_tgkill, getpid(), ptc_gettid(), SIGUSR1);
	return LOST_SIGNAL_EXIT;
}

/* After PTRACE_ATTACH: pass on the SIGUSR1 that may be dequeued before the
 * attach's SIGSTOP (a lower signal number goes first). Once passed on, its
 * handler runs with SIGUSR1 blocked, so the SIGSTOP is next: at most one. */
static void take_attach_stop(pid_t pid)
{
	struct ptc_stop st = ptc_next_stop(pid);

	if (st.kind == PTC_SIGNAL_STOP && st.sig == SIGUSR1) {
		ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
		st = ptc_next_stop(pid);
	}
	ASSERT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGSTOP);
}

PTC_CASE(
	.claim = "A process whose SIGUSR1 handler raises SIGUSR1 again survives repeated "
		 "attach, detach-with-SIGUSR1 and re-attach cycles: after each attach SIGSTOP "
		 "(suppressed) its SIGUSR1 stops come back, each SIGUSR1 passed on with "
		 "PTRACE_CONT runs the handler exactly once, the one passed on with PTRACE_DETACH "
		 "is delivered too (the loop is still going at the next attach), and a SIGPIPE "
		 "given with the last PTRACE_DETACH kills it",
	.man = "PTRACE_DETACH; Attaching and detaching; Signal injection and suppression",
	.spec = "C166 C169 C143 C233",
	.timeout = "20",
	.links = "ptrace-tests: attach-into-signal",
)
{
	unsigned before, at_detach = 0;
	pid_t pid;

	ptc_count_signal(SIGUSR1, 0);	/* the shared counts; the tracee installs its own */
	ptc_gate_init(&ready);
	pid = ptc_fork(signal_loop, NULL);
	ptc_gate_wait_child(&ready);

	for (int cycle = 0; cycle < CYCLES; cycle++) {
		ptc_trace("cycle %d", cycle);
		ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
		take_attach_stop(pid);
		ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
		ASSERT_SIGNAL_STOP(pid, SIGUSR1);
		/* The SIGUSR1 given at the last detach has run its handler. */
		before = ptc_signal_count(SIGUSR1);
		if (cycle > 0)
			EXPECT_GT(before, at_detach);
		/* Passed on: its handler runs once and sends the next one. */
		ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGUSR1));
		ASSERT_SIGNAL_STOP(pid, SIGUSR1);
		EXPECT_EQ(ptc_signal_count(SIGUSR1), before + 1);
		at_detach = ptc_signal_count(SIGUSR1);
		ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, cycle == CYCLES - 1 ? SIGPIPE : SIGUSR1));
	}
	ASSERT_KILLED(pid, SIGPIPE);
}

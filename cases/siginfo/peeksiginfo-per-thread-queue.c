// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static struct ptc_gate ready;

static int blocked_with_thread(void *arg)
{
	pid_t *tid = arg;
	sigset_t block;

	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigaddset(&block, SIGUSR2);
	sigprocmask(SIG_BLOCK, &block, NULL);	/* the thread inherits it */
	*tid = ptc_thread_start(ptc_idle_thread, NULL);
	ptc_gate_open(&ready);
	return ptc_idle(NULL);
}

PTC_CASE(
	.claim = "PTRACE_PEEKSIGINFO with flags 0 reads the per-thread queue of the thread it "
		 "names: a signal sent to one thread shows in that thread's queue only, and the "
		 "shared queue is the same seen from either thread",
	.man = "PTRACE_PEEKSIGINFO",
	.spec = "C063 C001",
	.since = "3.10",
)
{
	pid_t *tid = ptc_shared(sizeof(*tid));
	pid_t pid;
	siginfo_t si[4];
	long n;

	ptc_gate_init(&ready);
	pid = ptc_fork(blocked_with_thread, tid);
	ptc_gate_wait(&ready);
	ASSERT_OK(ptc_tgsigqueue(pid, *tid, SIGUSR1, 11));
	ASSERT_OK(ptc_tgsigqueue(pid, pid, SIGUSR2, 22));
	ASSERT_OK(ptc_sigqueue(pid, SIGUSR1, 33));
	for (int i = 0; i < 2; i++) {
		pid_t t = i ? *tid : pid;

		ASSERT_OK(PTRACE(PTRACE_SEIZE, t, 0, 0));
		ASSERT_OK(PTRACE(PTRACE_INTERRUPT, t, 0, 0));
		ASSERT_EVENT_STOP(t, PTRACE_EVENT_STOP, SIGTRAP);
	}

	n = ptc_peeksiginfo(*tid, 0, 0, 4, si);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_PEEKSIGINFO);
	ASSERT_EQ(n, 1);
	EXPECT_EQ(si[0].si_signo, SIGUSR1);
	EXPECT_EQ(si[0].si_value.sival_int, 11);

	n = ptc_peeksiginfo(pid, 0, 0, 4, si);
	ASSERT_EQ(n, 1);
	EXPECT_EQ(si[0].si_signo, SIGUSR2);
	EXPECT_EQ(si[0].si_value.sival_int, 22);

	for (int i = 0; i < 2; i++) {
		n = ptc_peeksiginfo(i ? *tid : pid, 0, PTRACE_PEEKSIGINFO_SHARED, 4, si);
		ASSERT_EQ(n, 1);
		EXPECT_EQ(si[0].si_signo, SIGUSR1);
		EXPECT_EQ(si[0].si_value.sival_int, 33);
	}
}

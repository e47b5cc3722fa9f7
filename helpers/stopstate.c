// SPDX-License-Identifier: GPL-2.0
/* Helpers of the signal and stop state-machine cases: see stopstate.h. */
#include <fcntl.h>
#include <sys/syscall.h>
#include <time.h>

#include "../harness/ptc.h"
#include "stopstate.h"

void ptc_enter_group_stop(pid_t pid, bool seized, int sig)
{
	ASSERT_OK(kill(pid, sig));
	ASSERT_SIGNAL_STOP(pid, sig);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, sig));
	if (seized)
		ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, sig);
	else
		ASSERT_GROUP_STOP(pid, sig);
}

/* ---- counting handlers ----------------------------------------------------- */

struct signal_counts {
	unsigned count[NSIG];
	siginfo_t info[NSIG];
};

static struct signal_counts *counts;

static void count_handler(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	counts->info[sig] = *si;
	__atomic_fetch_add(&counts->count[sig], 1, __ATOMIC_SEQ_CST);
}

void ptc_count_signal(int sig, int flags)
{
	struct sigaction sa = { .sa_sigaction = count_handler, .sa_flags = flags | SA_SIGINFO };

	if (!counts)
		counts = ptc_shared(sizeof(*counts));
	sigemptyset(&sa.sa_mask);
	ASSERT_OK(sigaction(sig, &sa, NULL));
}

unsigned ptc_signal_count(int sig)
{
	return counts ? __atomic_load_n(&counts->count[sig], __ATOMIC_SEQ_CST) : 0;
}

const siginfo_t *ptc_signal_info(int sig)
{
	if (!counts)
		PTC_FAIL(true, "ptc_signal_info(%s) without ptc_count_signal", ptc_signal_name(sig));
	return &counts->info[sig];
}

void ptc_blocker_init(struct ptc_blocker *b, int sig)
{
	sigemptyset(&b->set);
	sigaddset(&b->set, sig);
	ptc_gate_init(&b->ready);
	ptc_gate_init(&b->go);
}

int ptc_block_until_go(void *blocker)
{
	struct ptc_blocker *b = blocker;

	sigprocmask(SIG_BLOCK, &b->set, NULL);
	ptc_gate_open(&b->ready);
	ptc_gate_wait(&b->go);
	sigprocmask(SIG_UNBLOCK, &b->set, NULL);
	return 0;
}

pid_t ptc_seize_gated(struct ptc_gate *go, int counted_sig)
{
	ptc_gate_init(go);
	if (counted_sig)
		ptc_count_signal(counted_sig, 0);	/* inherited by the tracee */
	return ptc_start(PTC_SEIZE, 0, ptc_wait_gate, go);
}

void ptc_expect_restart_signal_ignored(pid_t pid, struct ptc_gate *go, int sig)
{
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, sig));
	ptc_gate_open(go);
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_signal_count(sig), 0);
}

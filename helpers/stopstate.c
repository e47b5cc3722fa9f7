// SPDX-License-Identifier: GPL-2.0
/* Helpers of the signal and stop state-machine cases: see stopstate.h. */
#include <fcntl.h>
#include <sys/syscall.h>
#include <time.h>

#include "../harness/ptc.h"
#include "stopstate.h"

bool ptc_proc_has_signal(pid_t tid, const char *field, int sig)
{
	return (ptc_proc_sigmask(tid, field) >> (sig - 1)) & 1;
}

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

int ptc_wait_gate(void *gate)
{
	ptc_gate_wait(gate);
	return 0;
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

void ptc_echo_init(struct ptc_echo *e)
{
	ASSERT_OK(pipe(e->req));
	ASSERT_OK(pipe(e->rep));
}

void *ptc_echo_thread(void *echo)
{
	struct ptc_echo *e = echo;
	char c;

	for (;;)
		if (read(e->req[0], &c, 1) == 1 && write(e->rep[1], &c, 1) != 1)
			break;
	return NULL;
}

void ptc_echo_ping(struct ptc_echo *e)
{
	char c = 'p';

	ASSERT_EQ(write(e->req[1], &c, 1), 1);
	ASSERT_EQ(read(e->rep[0], &c, 1), 1);
	ptc_trace("the echo thread answered");
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

int ptc_read_byte(void *pipe_fds)
{
	int *fds = pipe_fds;
	char c = 0;

	EXPECT_EQ(syscall(SYS_read, fds[0], &c, 1), 1);
	return 0;
}

/* ---- tracees with threads --------------------------------------------------- */

struct mt_shared {
	struct ptc_mt_spec spec;
	pid_t tid[PTC_MT_MAX];
	struct ptc_gate ready;
};

void *ptc_idle_thread(void *unused)
{
	ptc_idle(unused);
	return NULL;
}

static int mt_body(void *p)
{
	struct mt_shared *s = p;

	for (int i = 0; i < s->spec.nthreads; i++)
		s->tid[i] = ptc_thread_start(s->spec.thread_fn, s->spec.arg);
	if (s->spec.setup)
		s->spec.setup(s->spec.arg);
	ptc_gate_open(&s->ready);
	return s->spec.leader_fn(s->spec.arg);
}

void ptc_mt_start(struct ptc_mt *mt, const struct ptc_mt_spec *spec)
{
	struct mt_shared *s = ptc_shared(sizeof(*s));

	if (spec->nthreads < 1 || spec->nthreads > PTC_MT_MAX ||
	    (spec->how != PTC_ATTACH && spec->how != PTC_SEIZE))
		PTC_FAIL(true, "ptc_mt_start: bad spec (%d threads)", spec->nthreads);
	s->spec = *spec;
	if (!s->spec.leader_fn)
		s->spec.leader_fn = ptc_idle;
	if (!s->spec.thread_fn)
		s->spec.thread_fn = ptc_idle_thread;
	ptc_gate_init(&s->ready);
	mt->pid = ptc_start(spec->how, 0, mt_body, s);
	mt->nthreads = spec->nthreads;
	if (spec->how == PTC_ATTACH)
		ASSERT_OK(PTRACE(PTRACE_CONT, mt->pid, 0, 0));
	ptc_gate_wait(&s->ready);
	for (int i = 0; i < spec->nthreads; i++) {
		mt->tid[i] = s->tid[i];
		ASSERT_GT(mt->tid[i], 0);
		if (spec->untraced_threads)
			continue;
		if (spec->how == PTC_SEIZE) {
			ASSERT_OK(PTRACE(PTRACE_SEIZE, mt->tid[i], 0, 0));
		} else {
			ASSERT_OK(PTRACE(PTRACE_ATTACH, mt->tid[i], 0, 0));
			ASSERT_SIGNAL_STOP(mt->tid[i], SIGSTOP);
			ASSERT_OK(PTRACE(PTRACE_CONT, mt->tid[i], 0, 0));
		}
	}
	ptc_gate_close(&s->ready);
}

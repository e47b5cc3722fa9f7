// SPDX-License-Identifier: GPL-2.0
/* Signals for the signal-related cases (see signals.h). */
#include <pthread.h>
#include <stdarg.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"

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

void ptc_count_handler(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	counts->info[sig] = *si;
	__atomic_fetch_add(&counts->count[sig], 1, __ATOMIC_SEQ_CST);
}

void ptc_count_signal(int sig, int flags)
{
	struct sigaction sa = { .sa_sigaction = ptc_count_handler, .sa_flags = flags | SA_SIGINFO };

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

void ptc_block_signal(int sig)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, sig);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
}

int ptc_raise_usr1_handled(void *unused)
{
	ptc_count_signal(SIGUSR1, 0);
	raise(SIGUSR1);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 1);
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

/* ---- blocking and queuing ---------------------------------------------------- */

static int block_and_stop(void *arg)
{
	const sigset_t *block = arg;

	sigprocmask(SIG_BLOCK, block, NULL);
	raise(SIGSTOP);
	return ptc_idle(NULL);
}

pid_t ptc_start_blocking(int sig, ...)
{
	sigset_t block;
	va_list ap;
	pid_t pid;

	sigemptyset(&block);
	va_start(ap, sig);
	for (; sig; sig = va_arg(ap, int))
		sigaddset(&block, sig);
	va_end(ap);
	pid = ptc_start(PTC_TRACEME, 0, block_and_stop, &block);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	return pid;
}

void ptc_sigsuspend_for(int keep, int wake)
{
	sigset_t block, wait_mask;

	ptc_count_signal(wake, SA_RESTART);
	sigemptyset(&block);
	sigaddset(&block, keep);
	sigaddset(&block, wake);
	sigprocmask(SIG_BLOCK, &block, NULL);
	sigemptyset(&wait_mask);
	sigaddset(&wait_mask, keep);
	sigsuspend(&wait_mask);
}

int ptc_sigqueue(pid_t pid, int sig, int value)
{
	int r = sigqueue(pid, sig, (union sigval){ .sival_int = value });

	ptc_trace("sigqueue(%d, %s, %d) = %d", pid, ptc_signal_name(sig), value, r);
	return r;
}

int ptc_tgsigqueue(pid_t tgid, pid_t tid, int sig, int value)
{
	siginfo_t si;
	int r;

	memset(&si, 0, sizeof(si));
	si.si_signo = sig;
	si.si_code = SI_QUEUE;
	si.si_pid = getpid();
	si.si_uid = getuid();
	si.si_value.sival_int = value;
	r = (int)syscall(SYS_rt_tgsigqueueinfo, tgid, tid, sig, &si);
	ptc_trace("rt_tgsigqueueinfo(%d, %d, %s, %d) = %d", tgid, tid, ptc_signal_name(sig),
		  value, r);
	return r;
}

long ptc_peeksiginfo(pid_t pid, uint64_t off, uint32_t flags, int32_t nr, siginfo_t *buf)
{
	struct ptc_peeksiginfo_args a = { .off = off, .flags = flags, .nr = nr };

	return PTRACE(PTRACE_PEEKSIGINFO, pid, &a, buf);
}

siginfo_t *ptc_buffer_before_hole(unsigned room)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	size_t need = room * sizeof(siginfo_t);
	size_t len = (need + page - 1) / page * page + page;
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		PTC_FAIL(true, "mmap: %s", ptc_errno_name(errno));
	if (mprotect(p + len - page, page, PROT_NONE) == -1)
		PTC_FAIL(true, "mprotect: %s", ptc_errno_name(errno));
	return (siginfo_t *)(p + len - page - need);
}

/* ---- processes that handle or hold signals ---------------------------------- */

static void exit_handled(int sig)
{
	_exit(PTC_HANDLED(sig));
}

int ptc_wait_gate_or_handle(void *gate)
{
	signal(SIGUSR1, exit_handled);
	signal(SIGUSR2, exit_handled);
	return ptc_wait_gate(gate);
}

static int held_main(void *arg)
{
	struct ptc_gate *gate = arg;
	pid_t child;
	char c;

	ptc_allow_tracers();
	ptc_count_signal(SIGUSR1, SA_RESTART);
	signal(SIGCHLD, SIG_IGN);
	child = vfork();
	if (child == 0)
		_exit(read(gate->rd, &c, 1) == 1 ? 0 : 1);
	if (child < 0)
		return 100;
	return (int)ptc_signal_count(SIGUSR1);
}

pid_t ptc_start_held(struct ptc_gate *gate)
{
#ifdef SYS_vfork
	const long nr = SYS_vfork;
#else
	const long nr = SYS_clone;
#endif
	pid_t pid = ptc_fork(held_main, gate);

	/* In vfork() and past the fork itself: waiting for the child, 'D'. */
	ptc_wait_blocked(pid, nr);
	ptc_wait_state(pid, "D");
	return pid;
}

// SPDX-License-Identifier: GPL-2.0
/* Threads inside a tracee: start one and learn its TID, signal one; a
 * tracee process whose threads obey commands. */
#include <fcntl.h>
#include <linux/futex.h>
#include <poll.h>
#include <pthread.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "reexec.h"
#include "signals.h"

pid_t ptc_gettid(void)
{
	return (pid_t)syscall(SYS_gettid);
}

int ptc_tgkill(pid_t tgid, pid_t tid, int sig)
{
	int r = (int)syscall(SYS_tgkill, tgid, tid, sig);

	ptc_trace("tgkill(%d, %d, %s) = %d", tgid, tid, ptc_signal_name(sig), r);
	return r;
}

struct thread_start {
	void *(*fn)(void *);
	void *arg;
	int tid;	/* futex word: 0 until the thread runs */
};

static void *trampoline(void *p)
{
	struct thread_start *s = p;
	void *(*fn)(void *) = s->fn;
	void *arg = s->arg;

	__atomic_store_n(&s->tid, ptc_gettid(), __ATOMIC_RELEASE);
	syscall(SYS_futex, &s->tid, FUTEX_WAKE, 1, NULL, NULL, 0);
	return fn(arg);
}

pid_t ptc_thread_start(void *(*fn)(void *), void *arg)
{
	struct thread_start s = { .fn = fn, .arg = arg };
	pthread_attr_t attr;
	pthread_t t;
	int err;

	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	err = pthread_create(&t, &attr, trampoline, &s);
	pthread_attr_destroy(&attr);
	if (err)
		PTC_FAIL(true, "pthread_create: %s", ptc_errno_name(err));
	while (!__atomic_load_n(&s.tid, __ATOMIC_ACQUIRE))
		syscall(SYS_futex, &s.tid, FUTEX_WAIT, 0, NULL, NULL, 0);
	return s.tid;
}

void *ptc_idle_thread(void *unused)
{
	ptc_idle(unused);
	return NULL;
}

struct thread_run {
	void *(*fn)(void *);
	void *arg;
	volatile int done;
};

static void *run_and_mark(void *p)
{
	struct thread_run *r = p;

	r->fn(r->arg);
	__atomic_store_n(&r->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

bool ptc_thread_returns(void *(*fn)(void *), void *arg, long nr, pid_t *tid)
{
	/* Static: a blocked thread may outlive this call. */
	static struct thread_run runs[8];
	static int used;
	struct thread_run *r = &runs[used++ % 8];
	double give_up = ptc_now() + ptc_deadline_seconds();

	ptc_require_proc_syscall();
	r->fn = fn;
	r->arg = arg;
	r->done = 0;
	*tid = ptc_thread_start(run_and_mark, r);
	for (;;) {
		if (__atomic_load_n(&r->done, __ATOMIC_ACQUIRE))
			return true;
		if (strchr("SD", ptc_proc_state(*tid) ?: 'X') && ptc_proc_syscall(*tid) == nr &&
		    !__atomic_load_n(&r->done, __ATOMIC_ACQUIRE)) {
			ptc_trace("thread %d is blocked in syscall %ld", *tid, nr);
			return false;
		}
		if (ptc_now() > give_up)
			ptc_timeout("thread %d neither returned nor blocked in syscall %ld", *tid, nr);
		sched_yield();
	}
}

/* ---- a worker thread of the calling process ----------------------------------- */

struct worker_req {
	long (*fn)(void *);
	void *arg;
};

static void *worker_main(void *p)
{
	struct ptc_worker *w = p;
	struct worker_req r;
	long ret;

	while (read(w->req[0], &r, sizeof(r)) == sizeof(r)) {
		if (!r.fn)
			syscall(SYS_exit, 0);
		ret = r.fn(r.arg);
		if (write(w->resp[1], &ret, sizeof(ret)) != sizeof(ret))
			break;
	}
	return NULL;
}

void ptc_worker_start(struct ptc_worker *w)
{
	if (pipe2(w->req, O_CLOEXEC) == -1 || pipe2(w->resp, O_CLOEXEC) == -1)
		PTC_FAIL(true, "pipe2: %s", ptc_errno_name(errno));
	w->tid = ptc_thread_start(worker_main, w);
	ptc_trace("worker thread %d started", w->tid);
}

long ptc_worker_run(struct ptc_worker *w, long (*fn)(void *), void *arg)
{
	struct worker_req r = { .fn = fn, .arg = arg };
	struct pollfd pfd = { .fd = w->resp[0], .events = POLLIN };
	long ret;

	if (write(w->req[1], &r, sizeof(r)) != sizeof(r))
		PTC_FAIL(true, "worker %d: %s", w->tid, ptc_errno_name(errno));
	while (poll(&pfd, 1, (int)(ptc_deadline_seconds() * 1000)) == -1 && errno == EINTR)
		;
	if (!(pfd.revents & POLLIN))
		ptc_timeout("worker thread %d did not finish its call", w->tid);
	if (read(w->resp[0], &ret, sizeof(ret)) != sizeof(ret))
		PTC_FAIL(true, "worker %d: no answer", w->tid);
	return ret;
}

void ptc_worker_exit(struct ptc_worker *w)
{
	struct worker_req r = { .fn = NULL };

	if (write(w->req[1], &r, sizeof(r)) != sizeof(r))
		PTC_FAIL(true, "worker %d: %s", w->tid, ptc_errno_name(errno));
	ptc_wait_gone(w->tid);
}

/* ---- a tracee process with commanded threads -------------------------------- */

/* Carry out the commands thread i reads from its pipe. */
static void obey(struct ptc_threads *t, int i)
{
	int word, code;

	for (;;) {
		ssize_t n = read(t->cmd[i][0], &word, sizeof(word));

		if (n == -1 && errno == EINTR)
			continue;
		if (n != sizeof(word))
			PTC_FAIL(true, "thread %d: its command pipe broke", i);
		code = word & 0xff;
		switch ((enum ptc_thread_action)(word >> 8)) {
		case PTC_T_EXIT:
			syscall(SYS_exit, code);
			break;
		case PTC_T_EXIT_GROUP:
			syscall(SYS_exit_group, code);
			break;
		case PTC_T_EXEC:
			ptc_exec_self("exit", code);
			break;
		case PTC_T_BLOCK:
			ptc_block_signal(code);
			/* fallthrough */
		case PTC_T_PING:
			ptc_gate_open(&t->reply);
			continue;
		}
		PTC_FAIL(true, "thread %d survived its action", i);
	}
}

struct obey_arg {
	struct ptc_threads *t;
	int i;
};

static void *thread_main(void *p)
{
	struct obey_arg *a = p;

	obey(a->t, a->i);
	return NULL;
}

static int threads_main(void *p)
{
	struct ptc_threads *t = p;
	struct obey_arg args[PTC_THREADS_MAX];

	t->tid[0] = ptc_gettid();
	for (int i = 1; i < t->nthreads; i++) {
		args[i] = (struct obey_arg){ t, i };
		t->tid[i] = ptc_thread_start(thread_main, &args[i]);
	}
	ptc_gate_open(&t->ready);
	obey(t, 0);
	return 0;
}

struct ptc_threads *ptc_threads_new(int nthreads)
{
	struct ptc_threads *t = ptc_shared(sizeof(*t));

	t->nthreads = nthreads;
	return t;
}

pid_t ptc_threads_start(struct ptc_threads *t)
{
	pid_t pid;

	if (!t->nthreads)
		t->nthreads = PTC_NTHREADS;
	if (t->nthreads < 1 || t->nthreads > PTC_THREADS_MAX)
		PTC_FAIL(true, "ptc_threads_start: %d threads", t->nthreads);
	ptc_gate_init(&t->ready);
	ptc_gate_init(&t->reply);
	for (int i = 0; i < t->nthreads; i++)
		if (pipe2(t->cmd[i], O_CLOEXEC) == -1)
			PTC_FAIL(true, "pipe2: %s", ptc_errno_name(errno));
	pid = ptc_fork(threads_main, t);
	ptc_gate_wait(&t->ready);
	for (int i = 0; i < t->nthreads; i++)
		ASSERT_GT(t->tid[i], 0);
	ASSERT_EQ(t->tid[0], pid);
	for (int i = 0; i < t->nthreads; i++)
		ptc_wait_blocked(t->tid[i], SYS_read);
	return pid;
}

struct ptc_threads *ptc_threads_seized(int nthreads, unsigned long options)
{
	struct ptc_threads *t = ptc_threads_new(nthreads);

	ptc_threads_start(t);
	ptc_threads_seize(t, (1u << t->nthreads) - 1, options);
	return t;
}

void ptc_threads_command(struct ptc_threads *t, int i, enum ptc_thread_action action, int code)
{
	int word = (int)action << 8 | (code & 0xff);

	if (i < 0 || i >= t->nthreads)
		PTC_FAIL(true, "no thread %d", i);
	ptc_trace("command to thread %d (%d): action %d code %d", i, t->tid[i], action, code);
	if (write(t->cmd[i][1], &word, sizeof(word)) != sizeof(word))
		PTC_FAIL(true, "writing a command: %s", ptc_errno_name(errno));
	if (action == PTC_T_PING || action == PTC_T_BLOCK) {
		ptc_gate_wait(&t->reply);
		ptc_trace("thread %d answered", i);
	}
}

void ptc_threads_go(struct ptc_threads *t, int i)
{
	ptc_threads_command(t, i, t->action[i], t->code[i]);
}

void ptc_threads_seize(struct ptc_threads *t, unsigned mask, unsigned long options)
{
	for (int i = 0; i < t->nthreads; i++)
		if (mask & (1u << i))
			ASSERT_OK(PTRACE(PTRACE_SEIZE, t->tid[i], 0, options));
}

void ptc_threads_attach(struct ptc_threads *t, unsigned mask)
{
	for (int i = 0; i < t->nthreads; i++) {
		if (!(mask & (1u << i)))
			continue;
		ASSERT_OK(PTRACE(PTRACE_ATTACH, t->tid[i], 0, 0));
		ASSERT_SIGNAL_STOP(t->tid[i], SIGSTOP);
		ASSERT_OK(PTRACE(PTRACE_CONT, t->tid[i], 0, 0));
	}
}

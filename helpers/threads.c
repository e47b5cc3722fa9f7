// SPDX-License-Identifier: GPL-2.0
/* Threads inside a tracee: start one and learn its TID, signal one. */
#include <linux/futex.h>
#include <pthread.h>
#include <sys/syscall.h>

#include "../harness/ptc.h"

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

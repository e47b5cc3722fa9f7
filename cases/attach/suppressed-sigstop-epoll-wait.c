// SPDX-License-Identifier: GPL-2.0
#include <sys/epoll.h>
#include <sys/syscall.h>

#include "tracers.h"

#ifdef SYS_epoll_wait
#define NR_EPOLL SYS_epoll_wait
#else
#define NR_EPOLL SYS_epoll_pwait
#endif

/* One epoll_wait() on the gate's read end: 0 if it saw the gate open,
 * 2 on EINTR, 3 otherwise. */
static int epoll_once(void *arg)
{
	struct ptc_gate *g = arg;
	struct epoll_event ev = { .events = EPOLLIN };
	int ep = epoll_create1(EPOLL_CLOEXEC), r;

	if (ep < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, g->rd, &ev) == -1)
		return 4;
	r = epoll_wait(ep, &ev, 1, -1);
	return r == 1 ? 0 : r == -1 && errno == EINTR ? 2 : 3;
}

PTC_CASE(
	.claim = "Suppressing the attach SIGSTOP ought to leave an epoll_wait() the tracee is "
		 "blocked in undisturbed, as it does a read(); the kernel makes it return EINTR "
		 "instead, a stray EINTR the man page lists among its bugs",
	.man = "Attaching and detaching; BUGS",
	.spec = "C154",
	.variants = "wait",
	.xfail = "epoll_wait() returns EINTR after a signal the tracer suppressed "
		 "(ptrace(2) BUGS, last confirmed on 3.2.9)",
	.kernels = "all to date",
	.links = "https://man7.org/linux/man-pages/man2/ptrace.2.html#BUGS",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_fork(epoll_once, &gate);
	ptc_wait_blocked(pid, NR_EPOLL);
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_gate_open(&gate);
	/* 0: epoll_wait() went on waiting and saw the data; 2: it failed with EINTR. */
	ASSERT_EXITED(pid, 0);
}

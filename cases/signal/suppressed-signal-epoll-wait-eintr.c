// SPDX-License-Identifier: GPL-2.0
#include <sys/epoll.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"

static int fds[2];
static struct {
	long ret;
	int err;
} *res;

static int epoll_pipe(void *arg)
{
	struct epoll_event ev = { .events = EPOLLIN };
	int ep = epoll_create1(0);

	ASSERT_OK(epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev));
	res->ret = syscall(SYS_epoll_pwait, ep, &ev, 1, -1, NULL, 8);
	res->err = errno;
	return 0;
}

PTC_CASE(
	.claim = "A signal suppressed by the tracer should not make epoll_wait fail: it should "
		 "go back to waiting and return the ready descriptor. The kernel returns EINTR "
		 "instead (a bug ptrace(2) names in BUGS)",
	.man = "Signal injection and suppression; BUGS",
	.spec = "C237",
	.xfail = "epoll_wait returns EINTR after a signal the tracer suppressed (ptrace(2) BUGS)",
	.kernels = "all so far (seen on 6.18)",
	.links = "https://man7.org/linux/man-pages/man2/ptrace.2.html#BUGS",
	.variants = "wait",
)
{
	pid_t pid;

	res = ptc_shared(sizeof(*res));
	ASSERT_OK(pipe(fds));
	ptc_count_signal(SIGUSR1, SA_RESTART);	/* inherited; never run */
	pid = ptc_start(PTC_SEIZE, 0, epoll_pipe, NULL);
	ptc_wait_blocked(pid, SYS_epoll_pwait);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EQ(write(fds[1], "x", 1), 1);
	ASSERT_EXITED(pid, 0);
	ASSERT_EQ(ptc_signal_count(SIGUSR1), 0);
	if (res->ret == -1)
		ptc_log("epoll_pwait failed with %s", ptc_errno_name(res->err));
	EXPECT_EQ(res->ret, 1);
}

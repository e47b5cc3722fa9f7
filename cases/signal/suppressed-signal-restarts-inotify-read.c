// SPDX-License-Identifier: GPL-2.0
#include <sys/inotify.h>
#include <sys/syscall.h>

#include "ptc.h"

static int ino;
static struct {
	long ret;
	int err;
} *res;

static int read_inotify(void *arg)
{
	char buf[4096];

	res->ret = syscall(SYS_read, ino, buf, sizeof(buf));
	res->err = errno;
	return 0;
}

PTC_CASE(
	.claim = "A signal suppressed by the tracer restarts a read from an inotify descriptor: "
		 "the tracee goes back to waiting and the read later returns the event, not "
		 "EINTR (ptrace(2) BUGS still lists this read as failing with EINTR)",
	.man = "Signal injection and suppression; BUGS",
	.spec = "C237",
	.man_stale = "BUGS says read from an inotify descriptor fails with EINTR after a "
		     "suppressed signal (as of 3.2.9); the kernel restarts it (-ERESTARTSYS)",
	.variants = "wait",
)
{
	char path[64];
	int fds[2];
	pid_t pid;

	res = ptc_shared(sizeof(*res));
	/* Watch a pipe (through its /proc link): writing to it is the event. */
	ASSERT_OK(pipe(fds));
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fds[1]);
	ino = inotify_init1(IN_CLOEXEC);
	ASSERT_OK(ino);
	ASSERT_OK(inotify_add_watch(ino, path, IN_MODIFY));
	pid = ptc_start(PTC_SEIZE, 0, read_inotify, NULL);
	ptc_wait_blocked_on(pid, SYS_read, ino);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EQ(write(fds[1], "x", 1), 1);	/* the event the read waits for */
	ASSERT_EXITED(pid, 0);
	if (res->ret == -1)
		ptc_log("read failed with %s", ptc_errno_name(res->err));
	EXPECT_GT(res->ret, 0);
}

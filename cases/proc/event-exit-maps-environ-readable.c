// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "parity.h"
#include "ptc.h"

static int abort_self(void *arg)
{
	par_no_coredump();
	raise(SIGABRT);
	return 0;
}

/* Read a /proc file of pid; the byte count or -errno. */
static long read_proc_file(pid_t pid, const char *name)
{
	char path[64], buf[4096];
	long n;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/%s", pid, name);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = read(fd, buf, sizeof(buf));
	n = n < 0 ? -errno : n;
	close(fd);
	return n;
}

PTC_CASE(
	.claim = "An unprivileged tracer can still open and read the tracee's /proc/PID/maps and "
		 "/proc/PID/environ at its PTRACE_EVENT_EXIT stop, here of a tracee dying of "
		 "SIGABRT",
	.man = "PTRACE_O_TRACEEXIT",
	.spec = "5.D19 C097",
	.links = "ptrace-tests event-exit-proc-maps.c, event-exit-proc-environ.c; "
		 "https://bugzilla.redhat.com/285761; "
		 "linux-git:00ec99da43a7",
)
{
	pid_t pid;

	par_drop_privileges();
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEEXIT, abort_self, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGABRT);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGABRT));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_GT(read_proc_file(pid, "maps"), 0);
	EXPECT_GT(read_proc_file(pid, "environ"), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_KILLED(pid, SIGABRT);
}

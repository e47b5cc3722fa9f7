// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int abort_self(void *arg)
{
	ptc_no_coredump();
	signal(SIGABRT, SIG_DFL);
	raise(SIGABRT);
	return 0;
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
	char buf[4096];
	pid_t pid;

	if (geteuid() == 0)
		ptc_become_unprivileged();
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEEXIT, abort_self, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGABRT);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGABRT));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_GT(ptc_read_proc(pid, "maps", buf, sizeof(buf)), 0);
	EXPECT_GT(ptc_read_proc(pid, "environ", buf, sizeof(buf)), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_KILLED(pid, SIGABRT);
}

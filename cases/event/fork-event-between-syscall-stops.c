// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "events.h"

static int signal_then_fork(void *arg)
{
	pid_t c;

	syscall(SYS_tgkill, getpid(), ptc_gettid(), SIGUSR1);
	c = fork();
	if (c == 0)
		_exit(PTC_SPAWN_CODE);
	return 0;
}

static bool is_clone(long nr)
{
#ifdef SYS_clone3
	if (nr == SYS_clone3)
		return true;
#endif
	return nr == SYS_clone;
}

PTC_CASE(
	.claim = "PTRACE_EVENT_FORK comes before fork() returns: under PTRACE_SYSCALL the tracee "
		 "reports the clone syscall-enter-stop, then the fork event, then the "
		 "syscall-exit-stop whose return value is the new child's pid",
	.man = "PTRACE_EVENT stops; Syscall-stops",
	.spec = "C256 5.A8",
	.variants = "wait",
)
{
	struct ptc_syscall_info info;
	unsigned long child;
	pid_t pid;
	long ret;

	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEFORK | PTRACE_O_TRACESYSGOOD, signal_then_fork,
			NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	/* From here to the fork, the only syscalls are libc's own. */
	for (int i = 0;; i++) {
		ASSERT_LT(i, 50);
		ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
		ASSERT_SYSCALL_STOP(pid);
		if (is_clone(ptc_proc_syscall(pid)))
			break;
		ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
		ASSERT_SYSCALL_STOP(pid);
	}
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	child = ptc_eventmsg(pid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ret = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(info), &info);
	REQUIRE_SUPPORTED(ret, EIO, PTC_FEAT_GET_SYSCALL_INFO);
	ASSERT_GT(ret, 0);
	EXPECT_EQ(info.op, PTRACE_SYSCALL_INFO_EXIT);
	EXPECT_EQ(info.exit.is_error, 0);
	EXPECT_EQ(info.exit.rval, (long long)child);
}

// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int write_twice(void *arg)
{
	long r;

	/* Skipped and left alone: the error the kernel put there. */
	r = syscall(SYS_write, fds[1], "x", 1);
	EXPECT_EQ(r, -1);
	EXPECT_EQ(errno, ENOSYS);
	/* Skipped, then given a success value at the exit stop. */
	EXPECT_EQ(syscall(SYS_write, fds[1], "y", 1), 4321);
	return 0;
}

/* At write()'s entry stop: skip it, and see the exit stop that follows. */
static void skip_to_exit(pid_t pid)
{
	struct ptc_syscall_info info;

	ptc_syscall_to_entry(pid, SYS_write);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	info.entry.nr = (uint64_t)-1;
	ASSERT_OK(ptc_set_syscall_info(pid, sizeof(info), &info));
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 33);
	EXPECT_EQ(info.op, PTRACE_SYSCALL_INFO_EXIT);
	EXPECT_EQ(info.exit.is_error, 1);
	EXPECT_EQ(info.exit.rval, -ENOSYS);
}

PTC_CASE(
	.claim = "A syscall skipped with PTRACE_SET_SYSCALL_INFO entry.nr -1 still gives a "
		 "syscall-exit-stop, whose PTRACE_GET_SYSCALL_INFO shows exit.is_error 1 and rval "
		 "-ENOSYS (x86 puts -ENOSYS in the return register at entry), which the tracee "
		 "gets; a SET of a success value at that exit stop is what the tracee gets instead",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented); PTRACE_GET_SYSCALL_INFO",
	.spec = "C208 C209",
	.since = "6.16",
	.needs = "arch:x86",
	.links = "selftests/ptrace/set_syscall_info.c",
)
{
	struct ptc_syscall_info info;
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, write_twice, NULL);
	skip_to_exit(pid);
	skip_to_exit(pid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 33);
	info.exit.rval = 4321;
	info.exit.is_error = 0;
	ASSERT_OK(ptc_set_syscall_info(pid, sizeof(info), &info));
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 33);
	EXPECT_EQ(info.exit.is_error, 0);
	EXPECT_EQ(info.exit.rval, 4321);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	/* Neither write() ran. */
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}

// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"
#include "exec.h"

static int exec_copy(void *fd)
{
	ptc_exec_fd(*(int *)fd, "exit", 5);
	return 1;
}

PTC_CASE(
	.claim = "A tracee that execs a program it may run but not read becomes unreadable to an "
		 "unprivileged tracer: at the exec stop PTRACE_PEEKDATA fails with EIO, yet the "
		 "tracer still controls the tracee",
	.man = "execve(2) under ptrace; Ptrace access mode checking",
	.spec = "C305 C297",
	.needs = "root",
)
{
	int fd = ptc_copy_self(0111, O_PATH);
	struct ptc_syscall_info info;
	pid_t pid;
	long ret;

	ptc_become_unprivileged();
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXEC, exec_copy, &fd);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	/* An address that surely is mapped: the new stack pointer. */
	ret = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(info), &info);
	REQUIRE_SUPPORTED(ret, EIO, PTC_FEAT_GET_SYSCALL_INFO);
	ASSERT_GT(ret, 0);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKDATA, pid, info.stack_pointer, 0), EIO);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 5);
}

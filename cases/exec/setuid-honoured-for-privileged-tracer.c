// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"
#include "exec.h"

static int drop_and_exec_copy(void *fd)
{
	ptc_become_unprivileged();
	ptc_exec_fd(*(int *)fd, "euid", 0);
	return 1;
}

PTC_CASE(
	.claim = "A tracer with CAP_SYS_PTRACE does not stop a set-user-ID exec: its unprivileged "
		 "tracee that execs a set-user-ID-root program gets effective UID 0",
	.man = "execve(2) under ptrace",
	.spec = "C299",
	.needs = "root",
)
{
	int fd = ptc_copy_self(04755, O_RDONLY);
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXEC, drop_and_exec_copy, &fd);

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

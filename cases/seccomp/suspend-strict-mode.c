// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"

static pid_t tracer;

static int strict_getppid(void *arg)
{
	raise(SIGUSR1);
	if (ptc_seccomp_strict() == -1)
		return 2;
	/* Strict mode would kill the tracee here; only the exit code reports. */
	return syscall(SYS_getppid) == tracer ? 0 : 1;
}

PTC_CASE(
	.claim = "PTRACE_O_SUSPEND_SECCOMP suspends seccomp strict mode too: a tracee in strict "
		 "mode makes a syscall strict mode forbids (getppid) and exits normally",
	.man = "PTRACE_O_SUSPEND_SECCOMP",
	.spec = "C105",
	.since = "4.3",
	.needs = "root",
)
{
	pid_t pid;

	tracer = getpid();
	pid = ptc_start(PTC_TRACEME, 0, strict_getppid, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(ptc_suspend_seccomp(PTRACE_SETOPTIONS, pid, 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int exit_0(void *arg)
{
	return 0;
}

PTC_CASE(
	.claim = "On arm64, PTRACE_SYSEMU (31) and PTRACE_SYSEMU_SINGLESTEP (32) do not exist: "
		 "they fail with EIO on a stopped tracee, which stays stopped",
	.man = "PTRACE_SYSEMU",
	.spec = "C121",
	.needs = "arch:arm64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, exit_0, NULL);
	siginfo_t si;

	EXPECT_ERRNO(PTRACE(PTRACE_SYSEMU, pid, 0, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_SYSEMU_SINGLESTEP, pid, 0, 0), EIO);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

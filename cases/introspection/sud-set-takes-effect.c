// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "Syscall user dispatch turned on by the tracer with PTRACE_SET_..._CONFIG takes "
		 "effect: the tracee's next syscall is not run but raises SIGSYS with si_code "
		 "SYS_USER_DISPATCH",
	.man = "PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG (undocumented)",
	.spec = "C202",
	.since = "6.4",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	/* No selector and an empty region: every syscall is dispatched. */
	struct ptc_sud_config on = { .mode = PR_SYS_DISPATCH_EXCLUSIVE_ON };
	siginfo_t si;

	ptc_require_sud(pid);
	ASSERT_OK(PTRACE(PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizeof(on), &on));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSYS);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGSYS);
	EXPECT_EQ(si.si_code, SYS_USER_DISPATCH);
	EXPECT_EQ(si.si_errno, 0);
}

// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

PTC_CASE(
	.claim = "At a PTRACE_EVENT_SECCOMP stop, PTRACE_GETSIGINFO gives si_signo SIGTRAP and "
		 "si_code SIGTRAP | PTRACE_EVENT_SECCOMP<<8, with si_pid the tracee's pid",
	.man = "PTRACE_EVENT stops; PTRACE_GETSIGINFO",
	.spec = "C054 C056",
	.since = "3.5",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, ptc_seccomp_getppid_tracee, (void *)(uintptr_t)(PTC_SECCOMP_RET_TRACE));
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SIGTRAP | (PTRACE_EVENT_SECCOMP << 8));
	EXPECT_EQ(si.si_pid, pid);
}

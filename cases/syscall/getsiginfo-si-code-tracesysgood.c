// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "With PTRACE_O_TRACESYSGOOD, PTRACE_GETSIGINFO at syscall-enter- and "
		 "syscall-exit-stops gives si_signo SIGTRAP and si_code SIGTRAP|0x80",
	.man = "Syscall-stops; PTRACE_GETSIGINFO",
	.spec = "C055",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	siginfo_t si;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SIGTRAP | 0x80);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SIGTRAP | 0x80);
}

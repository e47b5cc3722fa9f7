// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "Without PTRACE_O_TRACESYSGOOD, PTRACE_GETSIGINFO at a syscall-stop gives "
		 "si_signo SIGTRAP and si_code SIGTRAP, with si_pid the tracee's pid and si_uid "
		 "its uid",
	.man = "Syscall-stops; PTRACE_GETSIGINFO",
	.spec = "C055 C056",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_getppid_tracee, NULL);
	siginfo_t si;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SIGTRAP);
	EXPECT_EQ(si.si_pid, pid);
	EXPECT_EQ(si.si_uid, getuid());
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SIGTRAP);
}

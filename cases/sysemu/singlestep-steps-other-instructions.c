// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SYSEMU_SINGLESTEP where the next instruction is not a syscall "
		 "single-steps it: the tracee stops with a SIGTRAP (si_code TRAP_TRACE) at another "
		 "instruction pointer",
	.man = "PTRACE_SYSEMU_SINGLESTEP",
	.spec = "C120",
	.since = "2.6.14",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	unsigned long ip;
	siginfo_t si;

	ptc_syscall_to_exit(pid, SYS_getppid);
	ip = ptc_tracee_ip(pid);
	REQUIRE_SUPPORTED(PTRACE(PTRACE_SYSEMU_SINGLESTEP, pid, 0, 0), EIO,
			  PTC_FEAT_SYSEMU);
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_TRACE);
	EXPECT_NE(ptc_tracee_ip(pid), ip);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
